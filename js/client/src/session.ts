/**
 * The one `queue/data` stream of a session (protocol §6.2): every pending event's messages
 * arrive on it, tagged with `event_id`. The stream is opened after a join, closes itself
 * after `close_stream` when nothing is pending, and is reopened when events are still
 * waiting (a join that raced with the close).
 */
import { read_sse } from "./sse.js";
import type { Http } from "./http.js";
import type { QueueMessage } from "./types.js";

type Listener = (message: QueueMessage) => void;

export class SessionStream {
  #listeners = new Map<string, Listener>();
  #early = new Map<string, QueueMessage[]>();
  #open = false;
  #abort: AbortController | null = null;

  constructor(
    private readonly http: Http,
    /** `ROOT + P + "/queue/data?session_hash=" + S`. */
    private readonly url: string,
  ) {}

  /** Deliver this event's messages to `listener` (replaying any that came first). */
  listen(event_id: string, listener: Listener): void {
    this.#listeners.set(event_id, listener);
    const early = this.#early.get(event_id);
    this.#early.delete(event_id);
    for (const message of early ?? []) listener(message);
    this.ensure_open();
  }

  /** Stop delivering messages for an event (it completed). */
  forget(event_id: string): void {
    this.#listeners.delete(event_id);
  }

  /** Open the stream unless it is open already. */
  ensure_open(): void {
    if (this.#open) return;
    this.#open = true;
    void this.#run();
  }

  /** Close the stream for good. */
  close(): void {
    this.#abort?.abort();
    this.#listeners.clear();
  }

  async #run(): Promise<void> {
    this.#abort = new AbortController();
    try {
      const response = await this.http.fetch(this.url, {
        headers: { accept: "text/event-stream" },
        signal: this.#abort.signal,
      });
      if (!response.ok || !response.body) {
        this.#fail(`queue stream answered ${response.status}`);
        return;
      }
      for await (const event of read_sse(response.body)) {
        const message = JSON.parse(event.data) as QueueMessage;
        if (message.msg === "close_stream") break;
        this.#dispatch(message);
      }
    } catch (error) {
      if (!this.#abort.signal.aborted) this.#fail(`queue stream failed: ${String(error)}`);
      return;
    } finally {
      this.#open = false;
    }
    if (this.#listeners.size > 0 && !this.#abort.signal.aborted) this.ensure_open();
  }

  #dispatch(message: QueueMessage): void {
    if (message.msg === "heartbeat") return;
    if (message.msg === "unexpected_error" && message.event_id === null) {
      for (const listener of [...this.#listeners.values()]) listener(message);
      this.#listeners.clear();
      return;
    }
    const id = message.event_id;
    if (id === null) return;
    const listener = this.#listeners.get(id);
    if (listener) listener(message);
    else this.#early.set(id, [...(this.#early.get(id) ?? []), message]);
  }

  #fail(text: string): void {
    const message: QueueMessage = { msg: "unexpected_error", event_id: null, message: text, success: false };
    this.#dispatch(message);
  }
}
