/** Pure logic of gr.File: the value as a list, names for display, list edits. */
import type { FileData } from "../contract";

/** The component's wire value: one FileData, a list of them, or nothing. */
export type FileValue = FileData | FileData[] | null;

/** The value as a list (empty for null). */
export function asList(value: FileValue | undefined): FileData[] {
  if (!value) return [];
  return Array.isArray(value) ? value : [value];
}

/** Back to the wire shape for this `file_count`: single → one FileData or null. */
export function fromList(files: FileData[], file_count: string | undefined): FileValue {
  if ((file_count ?? "single") === "single") return files[0] ?? null;
  return files.length > 0 ? files : null;
}

/** The name to show: `orig_name`, else the last segment of `path`. */
export function displayName(file: FileData): string {
  if (file.orig_name) return file.orig_name;
  const parts = file.path.split(/[\\/]/);
  return parts[parts.length - 1] || file.path;
}

/**
 * Split a long name for display so the extension stays visible when the stem is cut:
 * `"quarterly-report.pdf"` → `["quarterly-report", ".pdf"]`.
 */
export function splitName(name: string): [string, string] {
  const dot = name.lastIndexOf(".");
  if (dot <= 0 || name.length - dot > 8) return [name, ""];
  return [name.slice(0, dot), name.slice(dot)];
}

/** A copy of `files` without the item at `index`. */
export function removeAt<T>(files: readonly T[], index: number): T[] {
  return files.filter((_, i) => i !== index);
}

/** A copy of `files` with the item at `from` moved to `to` (drag reordering). */
export function moveItem<T>(files: readonly T[], from: number, to: number): T[] {
  const out = [...files];
  const [item] = out.splice(from, 1);
  if (item === undefined) return [...files];
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item);
  return out;
}
