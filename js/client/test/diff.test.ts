import { describe, expect, it } from "vitest";
import { apply_diff, type DiffOp } from "../src/diff.js";
import { parse_sse } from "../src/sse.js";
import { capture } from "./captures.js";

interface Msg {
  msg: string;
  event_id: string | null;
  output?: { data?: unknown[] };
}

/** Replay a captured stream: full values first, then diffs; return [rebuilt, completed]. */
function replay(name: string): [unknown[], unknown[]] {
  let values: unknown[] | null = null;
  let completed: unknown[] = [];
  for (const event of parse_sse(capture(name))) {
    const message = JSON.parse(event.data) as Msg;
    if (message.msg === "process_generating") {
      const data = message.output?.data ?? [];
      values = values === null ? data : data.map((ops, i) => apply_diff(values![i], ops as DiffOp[]));
    }
    if (message.msg === "process_completed") completed = message.output?.data ?? [];
  }
  return [values ?? [], completed];
}

describe("streaming diffs", () => {
  for (const name of [
    "c_stream.tokens.queue_data.sse.txt",
    "c_stream.count.queue_data.sse.txt",
    "c2_diffs.two.queue_data.sse.txt",
  ]) {
    it(`rebuild the final value of ${name}`, () => {
      const [rebuilt, completed] = replay(name);
      expect(rebuilt).toEqual(completed);
    });
  }

  it("rebuild gr.JSON values replaced whole at the root, up to the failing last step", () => {
    const [rebuilt, completed] = replay("c2_diffs.jgen.queue_data.sse.txt");
    expect(rebuilt).toEqual([[1, 2, 3]]);
    expect(completed).toEqual([]);
  });

  it("rebuild the chatbot history of the observed chat diffs", () => {
    const steps = capture("c4_chatbot_diffs.summary.txt")
      .split("##### ")[1]!
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { msg: string; data: unknown[] });
    let value = steps[0]!.data[0];
    const seen = [value];
    for (const step of steps.slice(1, -1)) {
      value = apply_diff(value, step.data[0] as DiffOp[]);
      seen.push(value);
    }
    expect((seen[2] as { content: { text: string }[] }[])[1]!.content[0]!.text).toBe("hello");
    expect((seen[5] as unknown[]).length).toBe(2);
    expect(value).toEqual(steps.at(-1)!.data[0]);
  });

  it("applies sequential deletions to the already modified array", () => {
    const ops: DiffOp[] = [
      ["delete", [2], null],
      ["delete", [2], null],
    ];
    expect(apply_diff(["a", "b", "c", "d"], ops)).toEqual(["a", "b"]);
  });

  it("adds, appends and deletes object keys and array items", () => {
    let value: unknown = ["a", "b"];
    value = apply_diff(value, [["add", [2], "x"]]);
    value = apply_diff(value, [["append", [2], "y"]]);
    value = apply_diff(value, [["replace", [0], { k: 1 }]]);
    value = apply_diff(value, [["add", [0, "j"], 2]]);
    value = apply_diff(value, [["delete", [0, "k"], null]]);
    expect(value).toEqual([{ j: 2 }, "b", "xy"]);
  });

  it("never mutates the previous value and leaves untouched branches shared", () => {
    const before = { messages: [{ text: "he" }], other: { n: 1 } };
    const after = apply_diff(before, [["append", ["messages", 0, "text"], "llo"]]) as typeof before;
    expect(before.messages[0]!.text).toBe("he");
    expect(after.messages[0]!.text).toBe("hello");
    expect(after.other).toBe(before.other);
    expect(apply_diff(before, [])).toBe(before);
  });
});
