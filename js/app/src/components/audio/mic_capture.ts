/** Live microphone capture for streaming: raw samples through the Web Audio API, handed
 * out every `every` seconds as a WAV file (Gradio's page streams WAV chunks too). */
import { stopStream } from "../../shared/upload/sources";
import { SampleQueue, wavFile } from "./wav";

/** A running capture; `stop()` releases the microphone and sends no further chunk. */
export interface MicCapture {
  /** The microphone (for the live waveform). */
  stream: MediaStream;
  stop(): void;
}

/** Start capturing; `onchunk` gets each non-empty chunk as `audio.wav`. */
export async function startMicCapture(every: number, onchunk: (file: File) => void): Promise<MicCapture> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const context = new AudioContext();
  const source = context.createMediaStreamSource(stream);
  // ScriptProcessorNode is deprecated but needs no separate worklet module; a 4096-frame
  // block is ~85 ms at 48 kHz, well under the shortest sensible `stream_every`.
  const processor = context.createScriptProcessor(4096, 1, 1);
  const queue = new SampleQueue();
  processor.onaudioprocess = (e) => queue.push(e.inputBuffer.getChannelData(0));
  source.connect(processor);
  processor.connect(context.destination);
  const ticker = setInterval(
    () => {
      const samples = queue.take();
      if (samples.length > 0) onchunk(wavFile([samples], context.sampleRate));
    },
    Math.max(0.05, every) * 1000,
  );
  return {
    stream,
    stop(): void {
      clearInterval(ticker);
      processor.disconnect();
      source.disconnect();
      void context.close();
      stopStream(stream);
    },
  };
}
