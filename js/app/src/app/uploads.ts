/**
 * `gradio.upload` for the page: POST the files with an `upload_id` and, while that runs,
 * follow `P/upload_progress?upload_id=` so the component's block shows how far it got.
 */
import type { FileData } from "../components/contract.js";
import { apply_progress, start_progress, type UploadProgress, type UploadProgressMessage } from "../shared/upload/progress.js";

/** Where the page keeps the progress per component (AppState.uploads). */
export interface UploadsState {
  uploads: Record<number, UploadProgress>;
}

/** A stream of server-sent events (the browser's EventSource, or a fake in tests). */
export interface ProgressStream {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  onerror: ((event: Event) => void) | null;
  close(): void;
}

/**
 * Upload `files` for component `id`, showing progress until the upload ends.
 *
 * Parameters:
 *   state: where the progress is shown.
 *   id: the uploading component.
 *   files: the files.
 *   upload_id: the id the server reports progress under.
 *   post: sends the files (`POST P/upload?upload_id=`).
 *   open_stream: opens `P/upload_progress?upload_id=`.
 */
export async function upload_with_progress(
  state: UploadsState,
  id: number,
  files: File[],
  upload_id: string,
  post: (files: File[], upload_id: string) => Promise<FileData[]>,
  open_stream: (upload_id: string) => ProgressStream,
): Promise<FileData[]> {
  state.uploads[id] = start_progress(files);
  const stream = open_stream(upload_id);
  stream.onmessage = (event) => {
    const progress = state.uploads[id];
    if (!progress) return;
    const message = JSON.parse(event.data) as UploadProgressMessage;
    apply_progress(progress, message);
    if (message.msg === "done") stream.close();
  };
  stream.onerror = () => stream.close();
  try {
    return await post(files, upload_id);
  } finally {
    stream.close();
    delete state.uploads[id];
  }
}
