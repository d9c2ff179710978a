/** Pure logic of gr.Gallery: items, grid size, preview navigation, uploads and deletes. */
import type { FileData } from "../contract";
import type { GalleryItem, GalleryValue } from "./types";

/** One item as the view draws it. */
export interface Shown {
  file: FileData;
  kind: "image" | "video";
  caption: string | null;
}

/** The items of a value, ready to draw (malformed entries are skipped). */
export function itemsOf(value: GalleryValue | undefined): Shown[] {
  const shown: Shown[] = [];
  for (const item of value ?? []) {
    if ("video" in item && item.video) shown.push({ file: item.video, kind: "video", caption: item.caption ?? null });
    else if ("image" in item && item.image) shown.push({ file: item.image, kind: "image", caption: item.caption ?? null });
  }
  return shown;
}

/**
 * How many columns the grid has: `columns` (default 2, at least 1), or fewer when
 * `fit_columns` is on and there are fewer items, so three pictures never sit in a 5-wide grid.
 */
export function columnCount(columns: number | null | undefined, count: number, fit_columns = true): number {
  const wanted = Math.max(1, Math.floor(columns ?? 2));
  return fit_columns && count > 0 ? Math.min(wanted, count) : wanted;
}

/** The index `step` away from `index`, wrapping around both ends (null when empty). */
export function stepIndex(index: number | null, step: number, count: number): number | null {
  if (count === 0) return null;
  const from = index ?? 0;
  return (((from + step) % count) + count) % count;
}

/** What a key does in the preview: move, close, or nothing. */
export function previewKey(key: string): "prev" | "next" | "close" | null {
  if (key === "ArrowLeft") return "prev";
  if (key === "ArrowRight") return "next";
  if (key === "Escape") return "close";
  return null;
}

/** Which of Gradio's string buttons are on; the default (null) is all of them. */
export function galleryButtons(buttons: readonly unknown[] | null | undefined): {
  download: boolean;
  fullscreen: boolean;
} {
  const on = (name: string): boolean => buttons === null || buttons === undefined || buttons.includes(name);
  return { download: on("download"), fullscreen: on("fullscreen") };
}

/** Uploaded files as gallery items: videos by their MIME type, everything else as images. */
export function itemsFromUploads(files: readonly FileData[]): GalleryItem[] {
  return files.map((file) => (file.mime_type?.startsWith("video/") ? { video: file, caption: null } : { image: file, caption: null }));
}

/** The value without the item at `index`. */
export function withoutItem(value: GalleryValue | undefined, index: number): GalleryItem[] {
  return (value ?? []).filter((_, i) => i !== index);
}

/** The `select` event data Gradio sends: the index and the item as on the wire. */
export function selectData(value: GalleryValue | undefined, index: number): { index: number; value: GalleryItem | null } {
  return { index, value: value?.[index] ?? null };
}

/** The `delete` event data Gradio sends: the removed file and where it was. */
export function deleteData(value: GalleryValue | undefined, index: number): { file: FileData; index: number } | null {
  const item = value?.[index];
  const shown = item ? itemsOf([item])[0] : undefined;
  return shown ? { file: shown.file, index } : null;
}

/** Name for a downloaded item: its original name, or `image`/`video` with a guess at the extension. */
export function downloadName(shown: Shown): string {
  if (shown.file.orig_name) return shown.file.orig_name;
  const ext = /\.([a-z0-9]+)$/i.exec(shown.file.path)?.[1];
  return ext ? `${shown.kind}.${ext}` : shown.kind;
}
