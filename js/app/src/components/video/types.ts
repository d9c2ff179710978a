import type { FileData, SharedProps } from "../contract";
import type { WebcamOptions } from "../image/types";

/** Config props of `gr.Video`. */
export interface VideoProps extends SharedProps {
  /** Format the server converts to. @defaultValue null */
  format?: string | null;
  /** Where an input video can come from. @defaultValue ["upload", "webcam"] */
  sources?: ("upload" | "webcam")[] | "upload" | "webcam" | null;
  /** Height of the video area (px number or CSS length). @defaultValue null */
  height?: number | string | null;
  /** Width of the video area (px number or CSS length). @defaultValue null */
  width?: number | string | null;
  /** Camera options. @defaultValue null */
  webcam_options?: WebcamOptions | null;
  /** Record sound with webcam clips. @defaultValue null (true) */
  include_audio?: boolean | null;
  /** Start playing when a new value arrives. @defaultValue false */
  autoplay?: boolean;
  /** Corner buttons: `"download"`, `"share"`. @defaultValue null (download) */
  buttons?: unknown[] | null;
  /** Play again from the start when the clip ends. @defaultValue false */
  loop?: boolean;
  /** Streamed output. @defaultValue false */
  streaming?: boolean;
  /** Subtitles file. @defaultValue null */
  subtitles?: FileData | null;
  /** Start position in seconds. @defaultValue 0 */
  playback_position?: number;
}
