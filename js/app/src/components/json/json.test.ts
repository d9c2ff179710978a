import { describe, expect, it } from "vitest";
import { initiallyFolded, jsonLines, toggleFold } from "./json";

const render = (value: unknown, folded = new Set<string>(), indices = false): string[] =>
  jsonLines(value, folded, indices).map(
    (l) => `${"  ".repeat(l.depth)}${l.key === null ? "" : `${l.key}: `}${l.text}${l.comma ? "," : ""}`,
  );

describe("jsonLines", () => {
  it("lays out nested objects and arrays one item per line", () => {
    expect(render({ a: [1, "x"], b: null })).toEqual([
      "{",
      '  "a": [',
      "    1,",
      '    "x"',
      "  ],",
      '  "b": null',
      "}",
    ]);
  });

  it("shows array indices as keys on request", () => {
    expect(render(["p", "q"], new Set(), true)).toEqual(["[", '  0: "p",', '  1: "q"', "]"]);
  });

  it("writes empty containers and bare values on one line", () => {
    expect(render({})).toEqual(["{}"]);
    expect(render("text")).toEqual(['"text"']);
  });

  it("collapses a folded container to one line with its size", () => {
    expect(render({ a: [1, 2, 3] }, new Set(["$.a"]))).toEqual(["{", '  "a": […] 3 items', "}"]);
  });

  it("types leaves for colouring", () => {
    const types = jsonLines([true, 1, "s", null], new Set()).map((l) => l.type);
    expect(types).toEqual(["punct", "boolean", "number", "string", "null", "punct"]);
  });
});

describe("folding", () => {
  it("starts with containers three levels down folded unless open", () => {
    const deep = { a: { b: { c: { d: 1 } } } };
    expect([...initiallyFolded(deep, false)]).toEqual(["$.a.b.c"]);
    expect(initiallyFolded(deep, true).size).toBe(0);
  });

  it("toggles a path in and out of the folded set", () => {
    const once = toggleFold(new Set(), "$.a");
    expect([...once]).toEqual(["$.a"]);
    expect(toggleFold(once, "$.a").size).toBe(0);
  });
});
