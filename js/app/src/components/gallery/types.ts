import type { FileData, SharedProps } from "../contract";

/** One gallery item on the wire: an image or a video, with an optional caption. */
export type GalleryItem = { image: FileData; caption?: string | null } | { video: FileData; caption?: string | null };

/** The value of `gr.Gallery`: a list of items (the server sends `[]` when empty). */
export type GalleryValue = GalleryItem[] | null;

/** Config props of `gr.Gallery`. */
export interface GalleryProps extends SharedProps {
  /** Format the server saves arrays and PIL images in. @defaultValue "webp" */
  format?: string;
  /** Accepted upload types (extensions or kinds). @defaultValue null (images and videos) */
  file_types?: string[] | null;
  /** Thumbnails per row. @defaultValue 2 */
  columns?: number | null;
  /** Rows shown before the grid scrolls. @defaultValue null */
  rows?: number | null;
  /** Height of the gallery (px number or CSS length). @defaultValue null */
  height?: number | string | null;
  /** Clicking a thumbnail opens the large preview. @defaultValue true */
  allow_preview?: boolean;
  /** Start in preview mode on the first item. @defaultValue null */
  preview?: boolean | null;
  /** The item selected (and previewed) at first. @defaultValue null */
  selected_index?: number | null;
  /** CSS `object-fit` of the thumbnails. @defaultValue null (cover) */
  object_fit?: "contain" | "cover" | "fill" | "none" | "scale-down" | null;
  /** `"share"`, `"download"`, `"download_all"`, `"fullscreen"` and custom buttons. @defaultValue all four */
  buttons?: unknown[] | null;
  /** What the server hands the function (`"filepath"`, `"numpy"`, `"pil"`). @defaultValue "filepath" */
  type?: string;
  /** Use fewer columns when there are fewer items. @defaultValue true */
  fit_columns?: boolean;
  /** Where uploads come from. @defaultValue ["upload"] */
  sources?: string[] | null;
  /** Set by the server when a `select` listener exists. @defaultValue false */
  _selectable?: boolean;
}
