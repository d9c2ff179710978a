import { describe, expect, it } from "vitest";
import { labelHue, legendColor, maskFilter, maskState } from "./annotatedimage";

describe("labelHue", () => {
  it("spreads the annotations around the colour wheel", () => {
    expect([0, 1, 2].map((i) => labelHue(i, 3))).toEqual([0, 120, 240]);
    expect(labelHue(1, 2)).toBe(180);
    expect(labelHue(0, 0)).toBe(0);
  });
});

describe("legendColor", () => {
  it("uses the colour map at about half opacity", () => {
    expect(legendColor("box", 0, 2, { box: "#00aa00" })).toBe("#00aa0088");
  });
  it("gives other labels their hue, faintly", () => {
    expect(legendColor("disc", 1, 2, { box: "#00aa00" })).toBe("hsla(180, 100%, 50%, 0.3)");
    expect(legendColor("disc", 0, 2, null)).toBe("hsla(0, 100%, 50%, 0.3)");
  });
});

describe("maskFilter", () => {
  it("rotates the hue of red masks whose label has no colour", () => {
    expect(maskFilter("disc", 1, 2, { box: "#00aa00" })).toBe("hue-rotate(180deg)");
  });
  it("leaves mapped colours alone", () => {
    expect(maskFilter("box", 0, 2, { box: "#00aa00" })).toBeUndefined();
  });
});

describe("maskState", () => {
  it("shows every mask when nothing is hovered", () => {
    expect(maskState("box", null)).toBe("normal");
  });
  it("keeps only the hovered label's masks", () => {
    expect(maskState("box", "box")).toBe("active");
    expect(maskState("disc", "box")).toBe("inactive");
  });
});
