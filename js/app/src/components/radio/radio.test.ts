import { describe, expect, it } from "vitest";
import type { Choice } from "../dropdown/choices";
import { optionTestId, radioSelectData } from "./radio";

const choices: Choice[] = [
  ["alpha", "alpha"],
  ["Beta", "b"],
  ["three", 3],
];

describe("radioSelectData", () => {
  it("sends the picked value and its position, as the captured browser did", () => {
    expect(radioSelectData(choices, "b")).toEqual({ value: "b", index: 1 });
    expect(JSON.stringify(radioSelectData(choices, 3))).toBe('{"value":3,"index":2}');
  });
});

describe("optionTestId", () => {
  it("names each option after its label", () => {
    expect(optionTestId("alpha")).toBe("alpha-radio-label");
  });
});
