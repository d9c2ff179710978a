/**
 * Upload progress while `gradio.upload` runs: the page opens `P/upload_progress?upload_id=`
 * (protocol §9.3) and adds each `update`'s `chunk_size` to the file it names; the block of
 * the uploading component shows "Uploading N files..." with a bar per file.
 */
import { getContext, setContext } from "svelte";

/** One file being uploaded. */
export interface UploadingFile {
  name: string;
  /** Size in bytes. */
  size: number;
  /** Bytes the server reported so far. */
  received: number;
}

/** The files one component is uploading. */
export interface UploadProgress {
  files: UploadingFile[];
  /** True once the server sent `done`. */
  done: boolean;
}

/** A message of the `upload_progress` stream. */
export interface UploadProgressMessage {
  msg: string;
  orig_name?: string;
  chunk_size?: number;
}

export function start_progress(files: { name: string; size: number }[]): UploadProgress {
  return { files: files.map((f) => ({ name: f.name, size: f.size, received: 0 })), done: false };
}

/** Apply one stream message (the progress is changed in place, so a `$state` proxy updates). */
export function apply_progress(progress: UploadProgress, message: UploadProgressMessage): void {
  if (message.msg === "done") {
    progress.done = true;
    for (const file of progress.files) file.received = file.size;
  } else if (message.msg === "update" && typeof message.chunk_size === "number") {
    const file = progress.files.find((f) => f.name === message.orig_name && f.received < f.size) ?? progress.files.find((f) => f.name === message.orig_name);
    if (file) file.received = Math.min(file.size, file.received + message.chunk_size);
  }
}

/** Fraction (0..1) of one file received. */
export function file_fraction(file: UploadingFile): number {
  return file.size > 0 ? Math.min(1, file.received / file.size) : 0;
}

/** "Uploading 1 file..." / "Uploading 3 files...". */
export function uploading_text(count: number): string {
  return `Uploading ${count} ${count === 1 ? "file" : "files"}...`;
}

const KEY = Symbol("radiogram:upload-progress");

/** Renderer side: give a component's subtree a way to read its upload progress. */
export function provide_upload_progress(read: () => UploadProgress | null): void {
  setContext(KEY, read);
}

/** Block side: the upload progress of the component this block belongs to, if any. */
export function upload_progress_reader(): () => UploadProgress | null {
  return getContext<(() => UploadProgress | null) | undefined>(KEY) ?? (() => null);
}
