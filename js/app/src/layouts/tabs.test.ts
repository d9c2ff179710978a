import { describe, expect, it } from "vitest";
import { selected_key, tab_info } from "./tabs.js";

describe("the selected tab", () => {
  const tabs = [tab_info(5, { label: "A" }), tab_info(7, { label: "B", id: "b" }), tab_info(9, { label: "C", visible: false, id: 3 })];

  it("defaults to the first visible tab", () => {
    expect(selected_key(tabs, null)).toBe(5);
  });

  it("follows the selected prop, by tab id", () => {
    expect(selected_key(tabs, "b")).toBe("b");
  });

  it("never selects a hidden tab", () => {
    expect(selected_key(tabs, 3)).toBe(5);
  });
});
