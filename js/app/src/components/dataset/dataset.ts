/** The examples table without the DOM: layout, paging, how each cell reads. */
import type { FileData } from "../contract";

/** A gallery of buttons for a single column (or sample labels); a table otherwise. */
export function layoutOf(
  layout: "gallery" | "table" | null | undefined,
  columns: number,
  has_labels: boolean,
): "gallery" | "table" {
  if (layout) return layout;
  return columns === 1 || has_labels ? "gallery" : "table";
}

/** Number of pages for `count` rows. */
export function pageCount(count: number, per_page: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, per_page)));
}

/** The rows of one page with their index in the whole sample list. */
export function pageRows<T>(samples: readonly T[], page: number, per_page: number): [number, T][] {
  const size = Math.max(1, per_page);
  const start = page * size;
  return samples.slice(start, start + size).map((row, i): [number, T] => [start + i, row]);
}

/** How a cell is drawn: an image thumbnail or text. */
export type Cell = { kind: "image"; file: FileData } | { kind: "text"; text: string };

const IMAGE_TYPES = new Set(["image", "imageeditor", "annotatedimage", "gallery", "imageslider"]);
const FILE_TYPES = new Set(["file", "audio", "video", "model3d", "simpleimage", "uploadbutton"]);

/** The cell for `value` in a column of component type `component`. */
export function cellFor(component: string | undefined, value: unknown): Cell {
  const file = as_file(value);
  if (file && IMAGE_TYPES.has(component ?? "") && file.url) return { kind: "image", file };
  if (file && (IMAGE_TYPES.has(component ?? "") || FILE_TYPES.has(component ?? ""))) {
    return { kind: "text", text: file.orig_name ?? basename(file.path) };
  }
  return { kind: "text", text: cellText(value) };
}

/** Plain text for a value: strings as they are, lists joined, objects as JSON, null empty. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) {
    return value.map((v) => cellText(v)).join(", ");
  }
  return JSON.stringify(value);
}

function as_file(value: unknown): FileData | null {
  if (typeof value !== "object" || value === null || !("path" in value)) return null;
  return typeof (value as { path: unknown }).path === "string" ? (value as FileData) : null;
}

function basename(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
