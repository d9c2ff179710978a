import { describe, expect, it } from "vitest";
import { outOfRange, parseNumber } from "./number";

describe("parseNumber", () => {
  it("reads integers, decimals and exponents", () => {
    expect([parseNumber("42"), parseNumber(" -3.5 "), parseNumber("1e3")]).toEqual([42, -3.5, 1000]);
  });

  it("gives null for empty or unfinished input", () => {
    expect([parseNumber(""), parseNumber("-"), parseNumber("abc")]).toEqual([null, null, null]);
  });
});

describe("outOfRange", () => {
  it("checks only the bounds that are set", () => {
    expect(outOfRange(11, 0, 10)).toBe(true);
    expect(outOfRange(-1, 0, null)).toBe(true);
    expect(outOfRange(1e9, null, null)).toBe(false);
    expect(outOfRange(null, 0, 10)).toBe(false);
  });
});
