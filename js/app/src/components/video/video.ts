/** Pure logic of gr.Video: the value shape and the events a finished clip fires. */
import type { FileData } from "../contract";

/**
 * The video inside a value. Gradio 6 sends a FileData; older servers sent
 * `{video: FileData, subtitles: FileData | null}`. Both are read.
 */
export function videoFile(value: unknown): FileData | null {
  if (!value || typeof value !== "object") return null;
  if ("path" in value) return value as FileData;
  const inner = (value as { video?: unknown }).video;
  return inner && typeof inner === "object" && "path" in inner ? (inner as FileData) : null;
}

/** Events fired when playback reaches the end: Gradio's video fires `end` and then `stop`. */
export const ENDED_EVENTS = ["end", "stop"] as const;
