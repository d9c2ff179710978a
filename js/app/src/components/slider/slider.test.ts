import { describe, expect, it } from "vitest";
import { clamp, decimals, percent, showsReset, snap } from "./slider";

describe("clamp", () => {
  it("keeps values inside the range", () => {
    expect([clamp(-5, 0, 10), clamp(5, 0, 10), clamp(50, 0, 10)]).toEqual([0, 5, 10]);
  });
});

describe("decimals", () => {
  it("counts written decimals, exponent notation included", () => {
    expect([decimals(5), decimals(0.25), decimals(1e-7), decimals(1.5e-3)]).toEqual([0, 2, 7, 4]);
  });
});

describe("snap", () => {
  it("moves a value to the nearest step from the minimum", () => {
    expect(snap(3.3, 0, 10, 0.5)).toBe(3.5);
    expect(snap(7, 1, 10, 3)).toBe(7);
    expect(snap(8, 1, 10, 3)).toBe(7);
  });

  it("avoids floating-point noise", () => {
    expect(snap(0.30000000000000004, 0, 1, 0.1)).toBe(0.3);
    expect(snap(0.7, 0.1, 1, 0.2)).toBe(0.7);
  });

  it("clamps values past the ends", () => {
    expect(snap(12, 0, 10, 1)).toBe(10);
    expect(snap(-3, 0, 10, 1)).toBe(0);
  });

  it("rounds to an explicit precision", () => {
    expect(snap(1 / 3, 0, 1, 0.001, 1)).toBe(0.3);
  });
});

describe("percent", () => {
  it("gives the filled share of the track", () => {
    expect(percent(3, 0, 10)).toBe(30);
    expect(percent(20, 0, 10)).toBe(100);
    expect(percent(1, 1, 1)).toBe(0);
  });
});

describe("showsReset", () => {
  it("shows the reset button unless buttons leaves it out", () => {
    expect([showsReset(undefined), showsReset(["reset"]), showsReset([])]).toEqual([true, true, false]);
  });
});
