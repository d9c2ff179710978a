import { describe, expect, it } from "vitest";
import { initial_value, settled_value } from "./values.js";

describe("initial values", () => {
  it("an empty textbox starts as an empty string", () => {
    expect(initial_value("textbox", undefined)).toBe("");
  });
  it("a number without a value starts at zero", () => {
    expect(initial_value("number", null)).toBe(0);
  });
  it("a configured value is kept, even a falsy one", () => {
    expect(initial_value("number", 0)).toBe(0);
    expect(initial_value("textbox", "hi")).toBe("hi");
  });
  it("other components start as null", () => {
    expect(initial_value("image", undefined)).toBeNull();
  });
});

describe("values set by events", () => {
  it("a textbox cleared by an event holds an empty string", () => {
    expect(settled_value("textbox", null)).toBe("");
  });
  it("a number cleared by an event stays null", () => {
    expect(settled_value("number", null)).toBeNull();
  });
  it("other values pass through", () => {
    expect(settled_value("textbox", "x")).toBe("x");
    expect(settled_value(undefined, null)).toBeNull();
  });
});
