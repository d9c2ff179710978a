import { describe, expect, it } from "vitest";
import { cornerButtons, cssLength, imageCoordinates } from "./image";

describe("cssLength", () => {
  it("reads numbers as pixels and passes CSS strings through", () => {
    expect(cssLength(300)).toBe("300px");
    expect(cssLength("50vh")).toBe("50vh");
    expect(cssLength(null)).toBeUndefined();
  });
});

describe("cornerButtons", () => {
  it("shows download and fullscreen by default", () => {
    expect(cornerButtons(null)).toEqual({ download: true, fullscreen: true });
  });
  it("shows only the listed buttons", () => {
    expect(cornerButtons(["fullscreen"])).toEqual({ download: false, fullscreen: true });
    expect(cornerButtons([])).toEqual({ download: false, fullscreen: false });
  });
});

describe("imageCoordinates", () => {
  it("maps a click on a scaled image back to natural pixels", () => {
    // A 200×100 image shown at 100×50 in a 100×50 box: scale 0.5.
    expect(imageCoordinates({ x: 50, y: 25 }, { width: 100, height: 50 }, { width: 200, height: 100 })).toEqual([100, 50]);
  });
  it("accounts for the letterbox of object-fit: contain", () => {
    // A 100×100 image in a 200×100 box sits between x=50 and x=150.
    expect(imageCoordinates({ x: 60, y: 10 }, { width: 200, height: 100 }, { width: 100, height: 100 })).toEqual([10, 10]);
    expect(imageCoordinates({ x: 20, y: 10 }, { width: 200, height: 100 }, { width: 100, height: 100 })).toBeNull();
  });
});
