import { describe, expect, it } from "vitest";
import { SSEParser, parse_sse } from "../src/sse.js";
import { capture } from "./captures.js";

describe("the SSE parser", () => {
  it("reads every message of a queue/data capture as JSON with a msg field", () => {
    const events = parse_sse(capture("a_greet.queue_data.sse.txt"));
    const kinds = events.map((e) => (JSON.parse(e.data) as { msg: string }).msg);
    expect(kinds).toEqual(["estimation", "process_starts", "process_completed", "close_stream"]);
    expect(events.every((e) => e.event === null)).toBe(true);
  });

  it("reads event names of the two-step REST stream", () => {
    const events = parse_sse(capture("a_greet.call_get.sse.txt"));
    expect(events.map((e) => e.event)).toEqual(["complete"]);
    expect(JSON.parse(events[0]!.data)).toEqual(["Hello Alice!"]);
  });

  it("gives the same events whatever the chunk boundaries are", () => {
    const text = capture("c_stream.tokens.queue_data.sse.txt");
    const whole = parse_sse(text);
    for (const size of [1, 3, 17, 100]) {
      const parser = new SSEParser();
      const events = [];
      for (let i = 0; i < text.length; i += size) events.push(...parser.feed(text.slice(i, i + size)));
      expect(events).toEqual(whole);
    }
  });

  it("handles CRLF line ends, comments and multi-line data", () => {
    const parser = new SSEParser();
    const events = parser.feed(": keep-alive\r\nevent: generating\r\ndata: [1,\r\ndata: 2]\r\n\r\ndata:ALIVE\n\n");
    expect(events).toEqual([
      { event: "generating", data: "[1,\n2]" },
      { event: null, data: "ALIVE" },
    ]);
  });

  it("keeps an unterminated event until its blank line arrives", () => {
    const parser = new SSEParser();
    expect(parser.feed('data: {"msg":"heartbeat"}\n')).toEqual([]);
    expect(parser.feed("\n")).toEqual([{ event: null, data: '{"msg":"heartbeat"}' }]);
  });
});
