import { describe, expect, it } from "vitest";
import type { Choice } from "../dropdown/choices";
import { checkboxGroupSelectData, selectAllState, toggleAll, toggleChoice } from "./checkboxgroup";

const choices: Choice[] = [
  ["a", "a"],
  ["Bee", "b"],
  ["three", 3],
];

describe("toggleChoice", () => {
  it("appends a new tick at the end, in the order the user ticks (as Gradio's page)", () => {
    expect(toggleChoice(["a"], 3)).toEqual(["a", 3]);
    expect(toggleChoice(toggleChoice(["a"], 3), "b")).toEqual(["a", 3, "b"]);
  });

  it("removes a tick that was there", () => {
    expect(toggleChoice(["a", "b"], "a")).toEqual(["b"]);
  });

  it("does not mutate the value it was given", () => {
    const value = ["a"];
    toggleChoice(value, "b");
    expect(value).toEqual(["a"]);
  });
});

describe("select all", () => {
  it("reports none, some or all ticked", () => {
    expect(selectAllState(choices, [])).toBe("none");
    expect(selectAllState(choices, ["b"])).toBe("some");
    expect(selectAllState(choices, [3, "a", "b"])).toBe("all");
  });

  it("ticks every choice in choice order, and clears when all are ticked", () => {
    expect(toggleAll(choices, ["b"])).toEqual(["a", "b", 3]);
    expect(toggleAll(choices, ["a", "b", 3])).toEqual([]);
  });

  it("ignores ticked values that are not choices when counting", () => {
    expect(selectAllState(choices, ["zzz"])).toBe("none");
  });
});

describe("checkboxGroupSelectData", () => {
  it("sends the position, the value (not the label) and whether it is now ticked", () => {
    expect(checkboxGroupSelectData(choices, 1, true)).toEqual({ index: 1, value: "b", selected: true });
    expect(JSON.stringify(checkboxGroupSelectData(choices, 2, false))).toBe('{"index":2,"value":3,"selected":false}');
  });
});
