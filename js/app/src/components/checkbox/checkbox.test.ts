import { describe, expect, it } from "vitest";
import { checkboxSelectData } from "./checkbox";

describe("checkboxSelectData", () => {
  it("reports the label and the new state", () => {
    expect(checkboxSelectData("Agree", true)).toEqual({ index: 0, value: "Agree", selected: true });
    expect(checkboxSelectData(undefined, false)).toEqual({ index: 0, value: null, selected: false });
  });
});
