import { describe, expect, it } from "vitest";
import { labelOf, normalizeChoices, type Choice } from "./choices";
import { asList, commitTyped, filterChoices, moveActive, selectData, toggleValue } from "./dropdown";

const choices: Choice[] = [
  ["Apple", "a"],
  ["Banana", "b"],
  ["Cherry", 3],
];

describe("choices", () => {
  it("keeps [label, value] pairs and pairs up bare values", () => {
    expect(normalizeChoices([["Bee", "b"], "c", 4])).toEqual([
      ["Bee", "b"],
      ["c", "c"],
      ["4", 4],
    ]);
  });

  it("shows a value by its label, a custom value as itself and null as nothing", () => {
    expect([labelOf(choices, 3), labelOf(choices, "zzz"), labelOf(choices, null)]).toEqual([
      "Cherry",
      "zzz",
      "",
    ]);
  });
});

describe("filterChoices", () => {
  it("lists choices whose label contains the typed text, ignoring case", () => {
    expect(filterChoices(choices, "an", true, "")).toEqual([1]);
    expect(filterChoices(choices, "R", true, "")).toEqual([2]);
  });

  it("lists everything while the box shows the current selection or is not filterable", () => {
    expect(filterChoices(choices, "Apple", true, "Apple")).toEqual([0, 1, 2]);
    expect(filterChoices(choices, "zz", false, "")).toEqual([0, 1, 2]);
  });
});

describe("moveActive", () => {
  it("starts at an end and wraps around", () => {
    expect(moveActive(null, 1, 3)).toBe(0);
    expect(moveActive(null, -1, 3)).toBe(2);
    expect(moveActive(2, 1, 3)).toBe(0);
    expect(moveActive(0, -1, 3)).toBe(2);
    expect(moveActive(0, 1, 0)).toBe(null);
  });
});

describe("commitTyped", () => {
  it("commits a typed label to its value", () => {
    expect(commitTyped(choices, "Banana", false)).toBe("b");
  });

  it("keeps unknown text only when custom values are allowed", () => {
    expect(commitTyped(choices, "Durian", true)).toBe("Durian");
    expect(commitTyped(choices, "Durian", false)).toBeUndefined();
    expect(commitTyped(choices, "", true)).toBeUndefined();
  });
});

describe("toggleValue", () => {
  it("adds and removes values", () => {
    expect(toggleValue(["a"], "b", null)).toEqual({ values: ["a", "b"], selected: true });
    expect(toggleValue(["a", "b"], "a", null)).toEqual({ values: ["b"], selected: false });
  });

  it("refuses to add past max_choices but still removes", () => {
    expect(toggleValue(["a", "b"], 3, 2)).toEqual({ values: ["a", "b"], selected: null });
    expect(toggleValue(["a", "b"], "a", 2)).toEqual({ values: ["b"], selected: false });
  });
});

describe("selectData", () => {
  it("carries the choice index, or -1 for a custom value", () => {
    expect(selectData(choices, 3, true)).toEqual({ index: 2, value: 3, selected: true });
    expect(selectData(choices, "mine", true)).toEqual({ index: -1, value: "mine", selected: true });
  });
});

describe("asList", () => {
  it("turns null, a bare value or a list into a list", () => {
    expect([asList(null), asList("a"), asList(["a", 2])]).toEqual([[], ["a"], ["a", 2]]);
  });
});
