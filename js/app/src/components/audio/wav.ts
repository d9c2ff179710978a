/** WAV (RIFF, 16-bit PCM) encoding of sample arrays, for streamed microphone chunks and
 * trimmed clips: both are encoded in the page and uploaded as `audio.wav`. */

/** Bytes of a 16-bit PCM WAV file holding `channels` (each in [-1, 1], equal lengths). */
export function encodeWav(channels: readonly Float32Array[], sample_rate: number): Uint8Array<ArrayBuffer> {
  const count = channels.length;
  const frames = channels[0]?.length ?? 0;
  const data_size = frames * count * 2;
  const bytes = new Uint8Array(44 + data_size);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, text: string): void => {
    for (let i = 0; i < text.length; i++) view.setUint8(at + i, text.charCodeAt(i));
  };
  ascii(0, "RIFF");
  view.setUint32(4, 36 + data_size, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, count, true);
  view.setUint32(24, sample_rate, true);
  view.setUint32(28, sample_rate * count * 2, true); // byte rate
  view.setUint16(32, count * 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, "data");
  view.setUint32(40, data_size, true);
  let at = 44;
  for (let i = 0; i < frames; i++) {
    for (const channel of channels) {
      const s = Math.max(-1, Math.min(1, channel[i] ?? 0));
      view.setInt16(at, s < 0 ? Math.round(s * 0x8000) : Math.round(s * 0x7fff), true);
      at += 2;
    }
  }
  return bytes;
}

/** A WAV `File` named as Gradio names its streamed and trimmed clips. */
export function wavFile(channels: readonly Float32Array[], sample_rate: number, name = "audio.wav"): File {
  return new File([encodeWav(channels, sample_rate)], name, { type: "audio/wav" });
}

/** Collects microphone sample blocks and hands them out as one chunk at a time. */
export class SampleQueue {
  #blocks: Float32Array[] = [];

  /** Keep a copy of one block (audio nodes reuse their buffers). */
  push(block: Float32Array): void {
    this.#blocks.push(block.slice());
  }

  /** Everything pushed since the last take, as one array (empty when nothing came). */
  take(): Float32Array {
    const total = this.#blocks.reduce((n, b) => n + b.length, 0);
    const out = new Float32Array(total);
    let at = 0;
    for (const block of this.#blocks) {
      out.set(block, at);
      at += block.length;
    }
    this.#blocks = [];
    return out;
  }
}
