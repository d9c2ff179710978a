import { describe, expect, it } from "vitest";
import { attach, isEmpty, normalizeValue, pastedTextFile, submitsOn } from "./multimodaltextbox";

const a = { path: "/tmp/a.png" };
const b = { path: "/tmp/b.txt" };

describe("normalizeValue", () => {
  it("fills in an empty value for null", () => {
    expect(normalizeValue(null)).toEqual({ text: "", files: [] });
    expect(normalizeValue({ text: "hi" })).toEqual({ text: "hi", files: [] });
  });
});

describe("attach", () => {
  it("keeps only the newest file in single mode and appends in multiple mode", () => {
    expect(attach([a], [b], "single")).toEqual([b]);
    expect(attach([a], [b], "multiple")).toEqual([a, b]);
  });
});

describe("submitsOn", () => {
  it("submits on Enter but not Shift+Enter or while composing", () => {
    expect(submitsOn({ key: "Enter", shiftKey: false })).toBe(true);
    expect(submitsOn({ key: "Enter", shiftKey: true })).toBe(false);
    expect(submitsOn({ key: "Enter", shiftKey: false, isComposing: true })).toBe(false);
    expect(submitsOn({ key: "a", shiftKey: false })).toBe(false);
  });
});

describe("isEmpty and pastedTextFile", () => {
  it("treats whitespace without files as empty", () => {
    expect(isEmpty({ text: "  ", files: [] })).toBe(true);
    expect(isEmpty({ text: "", files: [a] })).toBe(false);
  });
  it("turns an over-long paste into a text attachment", () => {
    expect(pastedTextFile("short", 10)).toBeNull();
    const file = pastedTextFile("x".repeat(11), 10);
    expect(file?.name).toBe("pasted_text.txt");
    expect(file?.size).toBe(11);
  });
});
