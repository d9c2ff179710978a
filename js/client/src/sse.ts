/**
 * A pure Server-Sent Events parser: text in, events out, no I/O.
 *
 * Feed it chunks as they arrive (they may split lines anywhere); it returns every event
 * completed by that chunk. Follows the SSE rules the Gradio server relies on: `data:`
 * lines (several join with "\n"), `event:` lines, comment lines starting with ":",
 * one optional space after the colon, LF or CRLF line ends, a blank line ends an event.
 */

/** One parsed event. `event` is null when the server sent no `event:` line. */
export interface SSEEvent {
  event: string | null;
  data: string;
}

export class SSEParser {
  #buffer = "";
  #event: string | null = null;
  #data: string[] = [];

  /** Parse a chunk; return the events it completed. */
  feed(chunk: string): SSEEvent[] {
    this.#buffer += chunk;
    const events: SSEEvent[] = [];
    let newline: number;
    while ((newline = this.#buffer.indexOf("\n")) >= 0) {
      let line = this.#buffer.slice(0, newline);
      this.#buffer = this.#buffer.slice(newline + 1);
      if (line.endsWith("\r")) line = line.slice(0, -1);
      const event = this.#line(line);
      if (event) events.push(event);
    }
    return events;
  }

  /** End of stream: an unterminated last event is dropped, as the SSE rules say. */
  end(): SSEEvent[] {
    this.#buffer = "";
    this.#event = null;
    this.#data = [];
    return [];
  }

  #line(line: string): SSEEvent | null {
    if (line === "") {
      if (this.#data.length === 0) {
        this.#event = null;
        return null;
      }
      const event = { event: this.#event, data: this.#data.join("\n") };
      this.#event = null;
      this.#data = [];
      return event;
    }
    if (line.startsWith(":")) return null;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") this.#data.push(value);
    else if (field === "event") this.#event = value;
    return null;
  }
}

/** Parse a whole SSE transcript at once. */
export function parse_sse(text: string): SSEEvent[] {
  const parser = new SSEParser();
  return parser.feed(text.endsWith("\n\n") ? text : text + "\n\n");
}

/** Read SSE events from a byte stream (a fetch response body) as they arrive. */
export async function* read_sse(body: ReadableStream<Uint8Array>): AsyncGenerator<SSEEvent> {
  const parser = new SSEParser();
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* parser.feed(decoder.decode(value, { stream: true }));
    }
    yield* parser.feed(decoder.decode());
  } finally {
    reader.releaseLock();
  }
}
