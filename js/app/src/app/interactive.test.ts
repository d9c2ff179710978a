import { describe, expect, it } from "vitest";
import { dep } from "../runtime/fakes.js";
import { resolve_interactive } from "./interactive.js";

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
