import { describe, expect, it } from "vitest";
import type { LoadingStatus, ProgressUnit } from "../components/contract.js";
import { level_value_text, live_elapsed, tracker_look } from "./tracker.js";

const base: LoadingStatus = {
  status: "pending",
  show_progress: "full",
  queue_position: null,
  queue_size: null,
  eta: null,
  elapsed: 0,
  progress: null,
  message: null,
};
const counting: ProgressUnit = { index: 4, length: 8, unit: "steps", progress: null, desc: "counting" };

describe("the tracker's look", () => {
  it("veils a full output while it waits or runs", () => {
    expect(tracker_look(base)).toBe("veil");
  });

  it("keeps the veil with the bar while a generator streams with progress", () => {
    expect(tracker_look({ ...base, status: "streaming", progress: [counting] })).toBe("veil");
  });

  it("pulses the border while a generator streams without progress", () => {
    expect(tracker_look({ ...base, status: "streaming" })).toBe("generating");
    expect(tracker_look({ ...base, status: "streaming", progress: [] })).toBe("generating");
  });

  it("shows minimal progress over the visible output", () => {
    expect(tracker_look({ ...base, show_progress: "minimal", status: "streaming", progress: [counting] })).toBe("translucent");
  });

  it("shows nothing when hidden or done, and the pill after an error", () => {
    expect(tracker_look(null)).toBe("none");
    expect(tracker_look({ ...base, show_progress: "hidden" })).toBe("none");
    expect(tracker_look({ ...base, status: "complete" })).toBe("none");
    expect(tracker_look({ ...base, status: "error" })).toBe("error");
  });
});

describe("progress bar text", () => {
  it("speaks steps when counted and a percentage for fractions", () => {
    expect(level_value_text(counting)).toBe("counting: 4 / 8 steps");
    expect(level_value_text({ index: null, length: null, unit: null, progress: 0.7, desc: "fractions" })).toBe("fractions: 70%");
  });
});

describe("elapsed time", () => {
  it("keeps counting after the last message", () => {
    expect(live_elapsed(1.5, 1000, 3500)).toBe(4);
    expect(live_elapsed(1.5, 1000, 900)).toBe(1.5);
  });
});
