import { describe, expect, it } from "vitest";
import { normalizeSources, pickRecordingType } from "./sources";

describe("normalizeSources", () => {
  it("uses the component's defaults when sources is unset", () => {
    expect(normalizeSources(null, ["upload", "webcam", "clipboard"])).toEqual(["upload", "webcam", "clipboard"]);
  });
  it("turns a single source string into a list", () => {
    expect(normalizeSources("microphone", ["upload"])).toEqual(["microphone"]);
  });
  it("keeps the order given and drops unknown names", () => {
    expect(normalizeSources(["webcam", "fax", "upload"], ["upload"])).toEqual(["webcam", "upload"]);
  });
});

describe("pickRecordingType", () => {
  it("picks the best type the browser supports", () => {
    expect(pickRecordingType("audio", (t) => t === "audio/webm")).toBe("audio/webm");
    expect(pickRecordingType("video", (t) => t.startsWith("video/mp4"))).toBe("video/mp4");
  });
  it("falls back to the browser default when nothing listed is supported", () => {
    expect(pickRecordingType("audio", () => false)).toBe("");
  });
});
