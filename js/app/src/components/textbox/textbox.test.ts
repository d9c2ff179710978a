import { describe, expect, it } from "vitest";
import {
  buttonText,
  hasButton,
  maxLines,
  selectionData,
  submitsOn,
  textareaHeight,
} from "./textbox";

describe("submitsOn", () => {
  it("submits a one-line box on Enter but not on Shift+Enter", () => {
    expect(submitsOn({ key: "Enter", shiftKey: false }, 1)).toBe(true);
    expect(submitsOn({ key: "Enter", shiftKey: true }, 1)).toBe(false);
  });

  it("submits a multi-line box only on Shift+Enter", () => {
    expect(submitsOn({ key: "Enter", shiftKey: false }, 3)).toBe(false);
    expect(submitsOn({ key: "Enter", shiftKey: true }, 3)).toBe(true);
  });

  it("ignores other keys and Enter that ends an IME composition", () => {
    expect(submitsOn({ key: "a", shiftKey: false }, 1)).toBe(false);
    expect(submitsOn({ key: "Enter", shiftKey: false, isComposing: true }, 1)).toBe(false);
  });
});

describe("sizing", () => {
  it("defaults max_lines to 20, but never below lines", () => {
    expect(maxLines(1, null)).toBe(20);
    expect(maxLines(30, null)).toBe(30);
    expect(maxLines(3, 5)).toBe(5);
    expect(maxLines(6, 2)).toBe(6);
  });

  it("grows a textarea with its content between lines and max_lines", () => {
    expect(textareaHeight(10, 20, 16, 1, 3)).toEqual({ height: 36, scroll: false });
    expect(textareaHeight(50, 20, 16, 1, 3)).toEqual({ height: 50, scroll: false });
    expect(textareaHeight(200, 20, 16, 1, 3)).toEqual({ height: 76, scroll: true });
  });
});

describe("selectionData", () => {
  it("reports the selected range and text", () => {
    expect(selectionData("hello world", 6, 11)).toEqual({ index: [6, 11], value: "world" });
  });
});

describe("submit and stop buttons", () => {
  it("shows an icon for true, text for a string, nothing for false", () => {
    expect([hasButton(true), buttonText(true)]).toEqual([true, null]);
    expect([hasButton("Send"), buttonText("Send")]).toEqual([true, "Send"]);
    expect([hasButton(false), hasButton(null), hasButton("")]).toEqual([false, false, false]);
  });
});
