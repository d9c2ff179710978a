import type { SharedProps } from "../contract";

/** `waveform_options` of `gr.Audio`: the player's colours, skip length and decode rate. */
export interface WaveformOptions {
  waveform_color?: string | null;
  waveform_progress_color?: string | null;
  trim_region_color?: string | null;
  show_recording_waveform?: boolean;
  skip_length?: number;
  sample_rate?: number;
}

/** Config props of `gr.Audio`. */
export interface AudioProps extends SharedProps {
  /** Where an input clip can come from. @defaultValue ["upload", "microphone"] */
  sources?: ("upload" | "microphone")[] | "upload" | "microphone" | null;
  /** Stream microphone chunks (`stream` event). @defaultValue false */
  streaming?: boolean;
  /** Seconds between streamed chunks (from the `.stream()` listener). @defaultValue 0.5 */
  stream_every?: number;
  /** Format the server saves outputs in. @defaultValue null */
  format?: "wav" | "mp3" | null;
  /** Start playing when a new value arrives. @defaultValue false */
  autoplay?: boolean;
  /** Allow trimming (not drawn). @defaultValue true */
  editable?: boolean;
  /** Corner buttons: `"download"`, `"share"`. @defaultValue null (download) */
  buttons?: unknown[] | null;
  /** Waveform look. @defaultValue null */
  waveform_options?: WaveformOptions | null;
  /** Play again from the start when the clip ends. @defaultValue false */
  loop?: boolean;
  /** Start recording from the microphone when the page loads. @defaultValue false */
  recording?: boolean;
  /** Start position in seconds. @defaultValue 0 */
  playback_position?: number;
}
