/** Fetch and decode a clip with the Web Audio API (for the waveform and trimming). */

/** A decoded clip: one sample array per channel. */
export interface DecodedClip {
  channels: Float32Array[];
  sample_rate: number;
  duration: number;
}

/** Decode the clip at `url`, resampled to `sample_rate` (Gradio decodes at 44.1 kHz). */
export async function decodeClip(url: string, sample_rate: number, signal?: AbortSignal): Promise<DecodedClip> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`could not load audio (${response.status})`);
  const bytes = await response.arrayBuffer();
  const buffer = await new OfflineAudioContext(1, 1, sample_rate).decodeAudioData(bytes);
  const channels = Array.from({ length: buffer.numberOfChannels }, (_, i) => buffer.getChannelData(i));
  return { channels, sample_rate: buffer.sampleRate, duration: buffer.duration };
}
