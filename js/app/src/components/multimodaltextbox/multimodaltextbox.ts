/** Pure logic of gr.MultimodalTextbox: the value, attachments, and when Enter submits. */
import type { FileData } from "../contract";
import type { MultimodalValue } from "./types";

/** The value with defaults filled in (the server may send null). */
export function normalizeValue(value: Partial<MultimodalValue> | null | undefined): MultimodalValue {
  return { text: value?.text ?? "", files: value?.files ?? [] };
}

/** Add uploaded files: a single-file box keeps only the newest one. */
export function attach(files: readonly FileData[], added: readonly FileData[], file_count: string | undefined): FileData[] {
  if ((file_count ?? "single") === "single") return added.slice(-1);
  return [...files, ...added];
}

/** Enter submits (IME composition and Shift+Enter insert a line instead). */
export function submitsOn(event: { key: string; shiftKey: boolean; isComposing?: boolean }): boolean {
  return event.key === "Enter" && !event.shiftKey && !event.isComposing;
}

/** Whether there is anything to send. */
export function isEmpty(value: MultimodalValue): boolean {
  return value.text.trim() === "" && value.files.length === 0;
}

/**
 * Text pasted beyond the limit is attached as a file instead (`pasted_text.txt`),
 * so a huge paste does not swamp the box. Returns null when it fits.
 */
export function pastedTextFile(text: string, limit: number | undefined): File | null {
  if (!limit || text.length <= limit) return null;
  return new File([text], "pasted_text.txt", { type: "text/plain" });
}
