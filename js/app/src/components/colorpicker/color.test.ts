import { describe, expect, it } from "vitest";
import { formatColor, fraction, hsvToHex, parseColor, rgbToHex, rgbToHsv } from "./color";

describe("hex and HSV", () => {
  it("turns the picker's HSV into the hex the server receives", () => {
    expect(hsvToHex({ h: 0, s: 1, v: 1 })).toBe("#ff0000");
    expect(hsvToHex({ h: 120, s: 1, v: 1 })).toBe("#00ff00");
    expect(hsvToHex({ h: 240, s: 0.5, v: 0.5 })).toBe("#404080");
    expect(hsvToHex({ h: 0, s: 0, v: 1 })).toBe("#ffffff");
    expect(hsvToHex({ h: 0, s: 0.5, v: 0 })).toBe("#000000");
  });

  it("reads a colour back into HSV so the markers land where the colour is", () => {
    expect(rgbToHsv([255, 0, 0])).toEqual({ h: 0, s: 1, v: 1 });
    const teal = rgbToHsv([0, 128, 128]);
    expect(teal.h).toBeCloseTo(180);
    expect(teal.s).toBeCloseTo(1);
    expect(teal.v).toBeCloseTo(128 / 255);
  });

  it("round-trips every hex through HSV", () => {
    for (const hex of ["#0a141e", "#c06060", "#123456", "#fefefe", "#7f00ff"]) {
      expect(hsvToHex(rgbToHsv(parseColor(hex)!))).toBe(hex);
    }
  });

  it("rounds and clamps channels", () => {
    expect(rgbToHex([254.6, -3, 300])).toBe("#ff00ff");
  });
});

describe("parseColor", () => {
  it("reads hex with or without #, short and long", () => {
    expect(parseColor("#FF0000")).toEqual([255, 0, 0]);
    expect(parseColor("0f0")).toEqual([0, 255, 0]);
    expect(parseColor("#12345678")).toEqual([0x12, 0x34, 0x56]);
  });

  it("reads rgb(), rgba() and hsl() as typed in the field", () => {
    expect(parseColor("rgb(10, 20, 30)")).toEqual([10, 20, 30]);
    expect(parseColor("rgba(10 20 30 / 0.5)")).toEqual([10, 20, 30]);
    expect(rgbToHex(parseColor("hsl(210, 50%, 8%)")!)).toBe("#0a141f");
  });

  it("gives null for what it cannot read", () => {
    expect(parseColor("not a colour")).toBeNull();
    expect(parseColor("#12")).toBeNull();
    expect(parseColor("rgb(1, 2)")).toBeNull();
    expect(parseColor(null)).toBeNull();
  });
});

describe("formatColor", () => {
  it("shows the value in the three forms of Gradio's field", () => {
    expect(formatColor("#0a141e", "hex")).toBe("#0a141e");
    expect(formatColor("#0a141e", "rgb")).toBe("rgb(10, 20, 30)");
    expect(formatColor("#0a141e", "hsl")).toBe("hsl(210, 50%, 8%)");
  });

  it("leaves text it cannot read unchanged", () => {
    expect(formatColor("red", "rgb")).toBe("red");
    expect(formatColor(null, "hex")).toBe("");
  });
});

describe("fraction", () => {
  it("clamps a pointer position to the bar", () => {
    expect(fraction(50, 200)).toBe(0.25);
    expect(fraction(-10, 200)).toBe(0);
    expect(fraction(500, 200)).toBe(1);
    expect(fraction(5, 0)).toBe(0);
  });
});
