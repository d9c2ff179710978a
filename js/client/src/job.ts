/**
 * One submitted event: joins the queue (or calls `P/run/predict` for `queue=false`),
 * follows its messages on the session stream, and yields `status`, `data` and `log`
 * messages as an async iterable, like `@gradio/client`'s `submit`.
 */
import { apply_diff, type DiffOp } from "./diff.js";
import { ConnectionError } from "./errors.js";
import { upload_marked } from "./files.js";
import type { Http } from "./http.js";
import type { SessionStream } from "./session.js";
import type { DataMessage, DependencyConfig, GradioMessage, Output, QueueMessage, StatusMessage } from "./types.js";

/** What a job needs from its client. */
export interface JobContext {
  http: Http;
  stream: SessionStream;
  root: string;
  api_prefix: string;
  session_hash: string;
  /** Sent as `x-gradio-user` ("app" from the page, "api" otherwise). */
  user: string;
}

/** The request a job sends. */
export interface JobRequest {
  dependency: DependencyConfig;
  endpoint: string;
  data: unknown[];
  event_data?: unknown;
  trigger_id?: number | null;
}

export class Job implements AsyncIterable<GradioMessage> {
  /** The server's id for this event, once joined. */
  event_id: string | null = null;
  #queue: GradioMessage[] = [];
  #waiting: ((result: IteratorResult<GradioMessage>) => void) | null = null;
  #done = false;
  #cancel_requested = false;
  #last: unknown[] | null = null;

  constructor(
    private readonly ctx: JobContext,
    private readonly request: JobRequest,
  ) {
    void this.#start().catch((error: unknown) => this.#error(String(error instanceof Error ? error.message : error)));
  }

  [Symbol.asyncIterator](): AsyncIterator<GradioMessage> {
    return {
      next: () => {
        const message = this.#queue.shift();
        if (message) return Promise.resolve({ value: message, done: false });
        if (this.#done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (this.#waiting = resolve));
      },
      return: () => {
        this.#finish();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }

  /** Cancel the event (`P/cancel` then `P/reset`); the job then completes. */
  async cancel(): Promise<void> {
    this.#cancel_requested = true;
    if (this.event_id === null || this.#done) return;
    const { http, root, api_prefix, session_hash } = this.ctx;
    const fn_index = this.request.dependency.id;
    await http.post_json(`${root}${api_prefix}/cancel`, { session_hash, fn_index, event_id: this.event_id });
    await http.post_json(`${root}${api_prefix}/reset`, { event_id: this.event_id });
  }

  /**
   * Send the next chunk of a streaming-input event (`P/stream/{event_id}`, §6.10). Dropped
   * while the event is not joined yet or after it ended, as Gradio's page does: a live
   * source sends another soon.
   */
  send_chunk(data: unknown[], event_data: unknown = null): void {
    if (this.event_id === null || this.#done) return;
    const { http, root, api_prefix, session_hash } = this.ctx;
    const body = { fn_index: this.request.dependency.id, data, event_data, session_hash };
    void http.post_json(`${root}${api_prefix}/stream/${this.event_id}`, body).catch(() => undefined);
  }

  /** End a streaming-input event after its current run (`P/stream/{event_id}/close`). */
  close_stream(): void {
    if (this.event_id === null || this.#done) return;
    const { http, root, api_prefix } = this.ctx;
    void http.post_json(`${root}${api_prefix}/stream/${this.event_id}/close`, {}).catch(() => undefined);
  }

  async #start(): Promise<void> {
    const { http, root, api_prefix, session_hash, user } = this.ctx;
    const { dependency, event_data, trigger_id } = this.request;
    this.#emit(this.#status({ stage: "pending", queue: dependency.queue }));
    const data = (await upload_marked(http, root, api_prefix, this.request.data)) as unknown[];
    const body = { data, event_data, fn_index: dependency.id, trigger_id, session_hash };
    const headers = { "content-type": "application/json", "x-gradio-user": user };
    if (!dependency.queue) {
      const response = await http.fetch(`${root}${api_prefix}/run/predict`, {
        method: "POST",
        headers,
        body: JSON.stringify(body),
      });
      const output = (await response.json().catch(() => ({ error: null }))) as Output;
      if (response.ok) this.#complete(output);
      else this.#failed(output);
      return;
    }
    const response = await http.fetch(`${root}${api_prefix}/queue/join?`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
      const detail = safe_detail(text);
      throw new ConnectionError(detail ?? `queue join answered ${response.status}`, response.status);
    }
    this.event_id = (JSON.parse(text) as { event_id: string }).event_id;
    this.ctx.stream.listen(this.event_id, (message) => this.#on_message(message));
    if (this.#cancel_requested) await this.cancel();
  }

  #on_message(message: QueueMessage): void {
    switch (message.msg) {
      case "estimation":
        this.#emit(
          this.#status({ stage: "pending", position: message.rank, size: message.queue_size, eta: message.rank_eta }),
        );
        break;
      case "process_starts":
        this.#emit(this.#status({ stage: "pending", position: 0, eta: message.eta }));
        break;
      case "progress":
        this.#emit(this.#status({ stage: "pending", progress_data: message.progress_data }));
        break;
      case "log":
        this.#emit({
          type: "log",
          log: message.log,
          level: message.level,
          title: message.title ?? null,
          duration: message.duration,
          visible: message.visible,
          endpoint: this.request.endpoint,
          fn_index: this.request.dependency.id,
        });
        break;
      case "process_generating":
        this.#generating(message.output);
        break;
      case "process_streaming":
        this.#emit(this.#data(message.output.data ?? [], message.output));
        this.#emit(this.#status({ stage: "generating", time_limit: message.time_limit, changed_state_ids: message.output.changed_state_ids ?? [] }));
        break;
      case "process_completed":
        if (message.success) this.#complete(message.output);
        else this.#failed(message.output, message.title ?? null);
        break;
      case "unexpected_error":
        this.#emit(this.#status({ stage: "error", message: message.message, session_not_found: !!message.session_not_found, success: false }));
        this.#finish();
        break;
      default:
        break;
    }
  }

  #generating(output: Output): void {
    const raw = output.data ?? [];
    const values = this.#last === null ? raw : raw.map((ops, i) => apply_diff(this.#last?.[i], ops as DiffOp[]));
    this.#last = values;
    this.#emit(this.#data(values, output));
    this.#emit(this.#status({ stage: "generating", changed_state_ids: output.changed_state_ids ?? [] }));
  }

  #complete(output: Output): void {
    if (output.data === undefined) {
      this.#emit(this.#status({ stage: "complete", success: true, cancelled: true }));
    } else {
      this.#emit(this.#data(output.data, output));
      this.#emit(this.#status({ stage: "complete", success: true, changed_state_ids: output.changed_state_ids ?? [] }));
    }
    this.#finish();
  }

  #failed(output: Output, title: string | null = null): void {
    this.#emit(
      this.#status({
        stage: "error",
        success: false,
        message: output.error ?? null,
        title: output.title ?? title ?? "Error",
        duration: typeof output.duration === "number" ? output.duration : null,
        visible: output.visible ?? true,
      }),
    );
    this.#finish();
  }

  #error(message: string): void {
    if (this.#done) return;
    this.#emit(this.#status({ stage: "error", success: false, message, title: "Error" }));
    this.#finish();
  }

  #data(values: unknown[], output: Output): DataMessage {
    return {
      type: "data",
      data: values,
      endpoint: this.request.endpoint,
      fn_index: this.request.dependency.id,
      time: new Date(),
      event_data: this.request.event_data ?? null,
      render_config: output.render_config ?? null,
    };
  }

  #status(fields: Partial<StatusMessage> & Pick<StatusMessage, "stage">): StatusMessage {
    return {
      type: "status",
      queue: this.request.dependency.queue,
      endpoint: this.request.endpoint,
      fn_index: this.request.dependency.id,
      time: new Date(),
      ...fields,
    };
  }

  #emit(message: GradioMessage): void {
    if (this.#done) return;
    if (this.#waiting) {
      const resolve = this.#waiting;
      this.#waiting = null;
      resolve({ value: message, done: false });
    } else this.#queue.push(message);
  }

  #finish(): void {
    if (this.#done) return;
    this.#done = true;
    if (this.event_id !== null) this.ctx.stream.forget(this.event_id);
    if (this.#waiting && this.#queue.length === 0) {
      const resolve = this.#waiting;
      this.#waiting = null;
      resolve({ value: undefined, done: true });
    }
  }
}

function safe_detail(text: string): string | null {
  try {
    const body = JSON.parse(text) as { detail?: unknown };
    return typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail ?? body);
  } catch {
    return text || null;
  }
}
