import { describe, expect, it } from "vitest";
import { formatTime, recorderTransition, showDownload } from "./audio";

describe("formatTime", () => {
  it("shows minutes and zero-padded seconds, rounded", () => {
    expect(formatTime(0)).toBe("0:00");
    expect(formatTime(0.75)).toBe("0:01");
    expect(formatTime(7.4)).toBe("0:07");
    expect(formatTime(125)).toBe("2:05");
    expect(formatTime(Number.NaN)).toBe("0:00");
  });
});

describe("showDownload", () => {
  it("shows download by default and when listed only", () => {
    expect(showDownload(null)).toBe(true);
    expect(showDownload(["share"])).toBe(false);
    expect(showDownload(["download"])).toBe(true);
  });
});

describe("recorderTransition", () => {
  it("fires start, pause and stop recording in order", () => {
    expect(recorderTransition("idle", "record")).toEqual({ next: "recording", event: "start_recording" });
    expect(recorderTransition("recording", "pause")).toEqual({ next: "paused", event: "pause_recording" });
    expect(recorderTransition("paused", "stop")).toEqual({ next: "idle", event: "stop_recording" });
  });
  it("ignores presses that make no sense in the current state", () => {
    expect(recorderTransition("idle", "stop")).toEqual({ next: "idle", event: null });
    expect(recorderTransition("recording", "record")).toEqual({ next: "recording", event: null });
  });
});
