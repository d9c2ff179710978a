import type { DependencyConfig } from "@radiogram/client";
import { describe, expect, it } from "vitest";
import { dep } from "../runtime/fakes.js";
import { resolve_interactive, stream_settings } from "./interactive.js";

describe("interactive when the app left it to us", () => {
  const deps = [dep({ id: 0, inputs: [1], outputs: [2] }), dep({ id: 1, inputs: [2], outputs: [3] })];

  it("an input is interactive, an output-only component is not, an unused one is", () => {
    expect(resolve_interactive(1, null, deps)).toBe(true);
    expect(resolve_interactive(3, null, deps)).toBe(false);
    expect(resolve_interactive(2, undefined, deps)).toBe(true);
    expect(resolve_interactive(9, null, deps)).toBe(true);
  });

  it("an explicit choice wins", () => {
    expect(resolve_interactive(1, false, deps)).toBe(false);
    expect(resolve_interactive(3, true, deps)).toBe(true);
  });
});

describe("stream_settings", () => {
  it("hands a .stream() listener's stream_every and time_limit to its source component", () => {
    const deps = [
      { id: 0, targets: [[1, "stream"]], inputs: [1], outputs: [2], connection: "stream", stream_every: 0.2, time_limit: 30 },
      { id: 1, targets: [[2, "change"]], inputs: [2], outputs: [3], connection: "sse", stream_every: 0.5, time_limit: null },
    ] as unknown as DependencyConfig[];
    expect(stream_settings(1, deps)).toEqual({ stream_every: 0.2, time_limit: 30 });
    expect(stream_settings(2, deps)).toEqual({});
  });
});
