/** @radiogram/client: a zero-dependency JS client for Gradio 6 apps. */
export { Client, random_id, type ClientOptions, type Payload } from "./client.js";
export { Job } from "./job.js";
export { handle_file, FileRef, upload } from "./files.js";
export { apply_diff, type DiffOp } from "./diff.js";
export { SSEParser, parse_sse, read_sse, type SSEEvent } from "./sse.js";
export { AppError, AuthError, ConnectionError } from "./errors.js";
export type * from "./types.js";
export const VERSION = "0.1.0";
