import type { SharedProps } from "../contract";

/** `webcam_options` of `gr.Image` / `gr.Video`. */
export interface WebcamOptions {
  /** Mirror the live preview and the captured picture. @defaultValue true */
  mirror?: boolean;
  /** MediaStreamConstraints for `getUserMedia`. @defaultValue null */
  constraints?: MediaStreamConstraints | null;
}

/** Config props of `gr.Image`. */
export interface ImageProps extends SharedProps {
  /** Format the server saves outputs in. @defaultValue "webp" */
  format?: string;
  /** Height of the image area (px number or CSS length). @defaultValue null */
  height?: number | string | null;
  /** Width of the image area (px number or CSS length). @defaultValue null */
  width?: number | string | null;
  /** Where an input image can come from. @defaultValue ["upload", "webcam", "clipboard"] */
  sources?: ("upload" | "webcam" | "clipboard")[] | "upload" | "webcam" | "clipboard" | null;
  /** Corner buttons: `"download"`, `"share"`, `"fullscreen"`. @defaultValue null (download and fullscreen) */
  buttons?: unknown[] | null;
  /** Stream webcam frames (`stream` event). @defaultValue false */
  streaming?: boolean;
  /** Seconds between streamed frames (from the `.stream()` listener). @defaultValue 0.5 */
  stream_every?: number;
  /** Seconds a streaming event may last (from the `.stream()` listener). @defaultValue null */
  time_limit?: number | null;
  /** Camera options. @defaultValue null */
  webcam_options?: WebcamOptions | null;
  /** Text shown in the empty drop zone instead of the default prompt. @defaultValue null */
  placeholder?: string | null;
  /** Set by the server when a `select` listener exists. @defaultValue false */
  _selectable?: boolean;
}
