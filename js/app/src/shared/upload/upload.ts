/**
 * Pure helpers behind the shared upload UI: which files a component accepts, how to show a
 * size, and how to turn drops, pastes and pickers into plain `File` lists.
 */

/** Gradio's category words in `file_types`, and the MIME prefix each stands for. */
const CATEGORIES: Record<string, string> = {
  image: "image/*",
  video: "video/*",
  audio: "audio/*",
  text: "text/*",
};

/**
 * The `accept` attribute for a file input.
 *
 * `["image", ".pdf"]` → `"image/*,.pdf"`; `null`, `[]` or `"file"` anywhere → no filter (`""`).
 */
export function acceptAttribute(file_types: readonly string[] | string | null | undefined): string {
  const list = typeof file_types === "string" ? [file_types] : (file_types ?? []);
  if (list.length === 0 || list.includes("file") || list.includes("*")) return "";
  return list.map((t) => CATEGORIES[t] ?? t).join(",");
}

/**
 * Whether a file with this name and MIME type passes the `accept` filter, the way a browser's
 * picker would: by extension (`.pdf`, case-insensitive), exact MIME (`image/png`) or MIME
 * family (`image/*`). An empty filter accepts everything.
 */
export function accepts(name: string, mime: string, accept: string): boolean {
  const rules = accept
    .split(",")
    .map((r) => r.trim().toLowerCase())
    .filter(Boolean);
  if (rules.length === 0) return true;
  const lower_name = name.toLowerCase();
  const lower_mime = mime.toLowerCase();
  return rules.some((rule) => {
    if (rule === "*" || rule === "*/*") return true;
    if (rule.startsWith(".")) return lower_name.endsWith(rule);
    if (rule.endsWith("/*")) return lower_mime.startsWith(rule.slice(0, -1));
    return lower_mime === rule;
  });
}

/** Keep the files the filter accepts; `single` keeps only the first of those. */
export function filterFiles(files: readonly File[], accept: string, single: boolean): File[] {
  const kept = files.filter((f) => accepts(f.name, f.type, accept));
  return single ? kept.slice(0, 1) : kept;
}

const UNITS = ["B", "KB", "MB", "GB", "TB"];

/** A byte count as Gradio's file list shows it: `11.0 B`, `1.5 KB`, `2.0 MB`. */
export function formatSize(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return "";
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${UNITS[unit]}`;
}

/** Files carried by a clipboard or drag event's DataTransfer (files only, no text items). */
export function filesFromTransfer(transfer: DataTransfer | null): File[] {
  if (!transfer) return [];
  if (transfer.files && transfer.files.length > 0) return Array.from(transfer.files);
  const out: File[] = [];
  for (const item of Array.from(transfer.items ?? [])) {
    if (item.kind !== "file") continue;
    const file = item.getAsFile();
    if (file) out.push(file);
  }
  return out;
}

/**
 * Name a pasted blob. Clipboard images arrive as `image.png` (or nameless); give them a name
 * with the right extension so the server stores something recognisable.
 */
export function nameForBlob(mime: string, stem = "image"): string {
  const ext = mime.split("/")[1]?.split(";")[0]?.replace("jpeg", "jpg").replace("x-wav", "wav");
  return ext ? `${stem}.${ext}` : stem;
}
