/**
 * Files: `handle_file` marks a value to upload, `upload` posts files to `P/upload` and
 * builds their FileData (protocol §9), `upload_marked` swaps every mark in a payload for
 * the uploaded FileData before the payload is sent.
 */
import type { Http } from "./http.js";
import type { FileData } from "./types.js";

/** A value to upload before sending: a Blob/File, bytes, a URL, or (in Node) a local path. */
export class FileRef {
  readonly __gradio_file_ref = true;
  constructor(
    readonly source: Blob | Uint8Array | string,
    /** File name to upload under. */
    readonly name: string | null = null,
  ) {}
}

/** Mark a file to be uploaded when it is sent as an argument (like `@gradio/client`). */
export function handle_file(source: Blob | Uint8Array | ArrayBuffer | string, name?: string): FileRef {
  const data = source instanceof ArrayBuffer ? new Uint8Array(source) : source;
  return new FileRef(data, name ?? (typeof File !== "undefined" && source instanceof File ? source.name : null));
}

/** Build the FileData the server expects for a path `P/upload` returned. */
export function file_data(root: string, api_prefix: string, path: string, file: Blob, name: string): FileData {
  return {
    path,
    url: `${root}${api_prefix}/file=${path}`,
    orig_name: name,
    size: file.size,
    mime_type: file.type || null,
    is_stream: false,
    meta: { _type: "gradio.FileData" },
  };
}

/** POST files to `P/upload` (one request) and return their FileData, in order. */
export async function upload(
  http: Http,
  root: string,
  api_prefix: string,
  files: Blob[],
  upload_id?: string,
): Promise<FileData[]> {
  const form = new FormData();
  const names = files.map((file, i) => blob_name(file, i));
  files.forEach((file, i) => form.append("files", file, names[i]));
  const query = upload_id ? `?upload_id=${encodeURIComponent(upload_id)}` : "";
  const response = await http.fetch(`${root}${api_prefix}/upload${query}`, { method: "POST", body: form });
  if (!response.ok) throw new Error(`upload failed (${response.status}): ${await response.text()}`);
  const paths = (await response.json()) as string[];
  return paths.map((path, i) => file_data(root, api_prefix, path, files[i] as Blob, names[i] as string));
}

/** Replace every FileRef inside `value` (any depth) with the FileData of its upload. */
export async function upload_marked(http: Http, root: string, api_prefix: string, value: unknown): Promise<unknown> {
  if (value instanceof FileRef) {
    const blob = await to_blob(http, value);
    const [data] = await upload(http, root, api_prefix, [blob]);
    return data;
  }
  if (Array.isArray(value)) return Promise.all(value.map((v) => upload_marked(http, root, api_prefix, v)));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([k, v]) => [k, await upload_marked(http, root, api_prefix, v)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

async function to_blob(http: Http, ref: FileRef): Promise<Blob> {
  const { source } = ref;
  if (typeof source !== "string") {
    const blob = source instanceof Blob ? source : new Blob([source as Uint8Array<ArrayBuffer>]);
    return named(blob, ref.name ?? "file");
  }
  if (/^(https?:|blob:|data:)/.test(source)) {
    const response = await http.fetch(source);
    if (!response.ok) throw new Error(`could not fetch ${source}: ${response.status}`);
    return named(await response.blob(), ref.name ?? last_segment(new URL(source).pathname) ?? "file");
  }
  // A local path: only in Node. The module name is kept out of sight of browser bundlers.
  const fs_module = "node:fs/promises";
  const fs = (await import(/* @vite-ignore */ fs_module)) as { readFile(p: string): Promise<Uint8Array> };
  const bytes = await fs.readFile(source);
  return named(new Blob([bytes as Uint8Array<ArrayBuffer>]), ref.name ?? last_segment(source) ?? "file");
}

const NAMES = new WeakMap<Blob, string>();

function named(blob: Blob, name: string): Blob {
  NAMES.set(blob, name);
  return blob;
}

function blob_name(blob: Blob, index: number): string {
  if (typeof File !== "undefined" && blob instanceof File) return blob.name;
  return NAMES.get(blob) ?? `file${index}`;
}

function last_segment(path: string): string | null {
  const parts = path.split(/[\\/]/).filter(Boolean);
  return parts.length ? decodeURIComponent(parts[parts.length - 1] as string) : null;
}
