/** DownloadButton logic without Svelte: which file to fetch, under which name. */
import type { FileData } from "../contract";

/** The button's wire value: the file to download, or nothing yet. */
export type DownloadValue = FileData | null;

/** The name the browser saves the file under: `orig_name`, else the path's last segment. */
export function downloadName(file: FileData): string {
  if (file.orig_name) return file.orig_name;
  const parts = file.path.split(/[\\/]/);
  return parts[parts.length - 1] || "file";
}

/**
 * Start the download of `file` the way a link with a `download` attribute does: the server's
 * URL (same origin, so the attribute is honoured) and the file's own name.
 */
export function startDownload(doc: Document, file: FileData, file_url: (data: FileData) => string): void {
  const link = doc.createElement("a");
  link.href = file_url(file);
  link.download = downloadName(file);
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
}
