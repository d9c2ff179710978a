import { describe, expect, it } from "vitest";
import { formatOf, fromPicker, isValid, toPicker } from "./datetime";

describe("isValid", () => {
  it("accepts blank text, relative times and real dates in the format", () => {
    expect(isValid("", true)).toBe(true);
    expect(isValid("now", true)).toBe(true);
    expect(isValid("now - 2h", true)).toBe(true);
    expect(isValid("now-30m", false)).toBe(true);
    expect(isValid("2024-02-29 23:59:59", true)).toBe(true);
    expect(isValid("2024-02-29", false)).toBe(true);
  });

  it("refuses impossible dates, other formats and unknown relative units", () => {
    expect(isValid("2023-02-29", false)).toBe(false);
    expect(isValid("2024-01-01 24:00:00", true)).toBe(false);
    expect(isValid("2024-01-01", true)).toBe(false);
    expect(isValid("2024-01-01 10:00:00", false)).toBe(false);
    expect(isValid("now + 2h", true)).toBe(false);
    expect(isValid("yesterday", true)).toBe(false);
  });
});

describe("picker values", () => {
  it("turn the text into the native input's value and back", () => {
    expect(toPicker("2024-02-29 13:05:09", true)).toBe("2024-02-29T13:05:09");
    expect(fromPicker("2024-02-29T13:05:09", true)).toBe("2024-02-29 13:05:09");
    expect(fromPicker("2024-02-29T13:05", true)).toBe("2024-02-29 13:05:00");
    expect(toPicker("2024-02-29", false)).toBe("2024-02-29");
    expect(fromPicker("2024-02-29", false)).toBe("2024-02-29");
  });

  it("show a relative time as the current time, and nothing for unreadable text", () => {
    const now = new Date(2024, 4, 1, 8, 30, 0);
    expect(toPicker("now", true, now)).toBe("2024-05-01T08:30:00");
    expect(toPicker("now - 1d", false, now)).toBe("2024-05-01");
    expect(toPicker("garbage", true)).toBe("");
    expect(toPicker(null, true)).toBe("");
    expect(fromPicker("", true)).toBe("");
  });

  it("name the format in the placeholder", () => {
    expect(formatOf(true)).toBe("YYYY-MM-DD HH:MM:SS");
    expect(formatOf(false)).toBe("YYYY-MM-DD");
  });
});
