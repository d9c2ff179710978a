import { describe, expect, it } from "vitest";
import { clampPosition, positionAfterKey, positionFromPointer, withImage } from "./imageslider";

describe("clampPosition", () => {
  it("keeps the divider inside the images", () => {
    expect(clampPosition(-5)).toBe(0);
    expect(clampPosition(130)).toBe(100);
    expect(clampPosition(42.5)).toBe(42.5);
    expect(clampPosition(Number.NaN)).toBe(50);
  });
});

describe("positionFromPointer", () => {
  it("turns a pointer x into percent of the box", () => {
    expect(positionFromPointer(150, { left: 100, width: 200 })).toBe(25);
    expect(positionFromPointer(50, { left: 100, width: 200 })).toBe(0);
    expect(positionFromPointer(400, { left: 100, width: 200 })).toBe(100);
  });
  it("stays centred for a box with no width", () => {
    expect(positionFromPointer(10, { left: 0, width: 0 })).toBe(50);
  });
});

describe("positionAfterKey", () => {
  it("moves by one with the arrows, ten with Shift", () => {
    expect(positionAfterKey(40, "ArrowRight")).toBe(41);
    expect(positionAfterKey(40, "ArrowLeft")).toBe(39);
    expect(positionAfterKey(40, "ArrowLeft", true)).toBe(30);
  });
  it("jumps to the edges and stops there", () => {
    expect(positionAfterKey(40, "Home")).toBe(0);
    expect(positionAfterKey(40, "End")).toBe(100);
    expect(positionAfterKey(99.5, "ArrowRight")).toBe(100);
  });
  it("ignores other keys", () => {
    expect(positionAfterKey(40, "a")).toBeNull();
  });
});

describe("withImage", () => {
  it("fills one side of the pair and keeps the other", () => {
    expect(withImage(null, 0, "a")).toEqual(["a", null]);
    expect(withImage(["a", null], 1, "b")).toEqual(["a", "b"]);
    expect(withImage(["a", "b"], 0, null)).toEqual([null, "b"]);
  });
});
