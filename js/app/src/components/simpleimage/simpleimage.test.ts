import { describe, expect, it } from "vitest";
import { cornerButtons, eventsFor } from "./simpleimage";

describe("eventsFor", () => {
  it("fires change, then upload or clear", () => {
    expect(eventsFor("upload")).toEqual(["change", "upload"]);
    expect(eventsFor("clear")).toEqual(["change", "clear"]);
  });
});

describe("cornerButtons", () => {
  it("offers a download on an output unless turned off", () => {
    expect(cornerButtons(false, undefined)).toEqual({ download: true, clear: false });
    expect(cornerButtons(false, false)).toEqual({ download: false, clear: false });
  });
  it("offers clear, not download, on an input", () => {
    expect(cornerButtons(true, true)).toEqual({ download: false, clear: true });
  });
});
