import { describe, expect, it } from "vitest";
import type { LoadingStatus } from "../components/contract.js";
import { fraction, level_text, meta_text } from "./status_text.js";

const base: LoadingStatus = {
  status: "pending",
  show_progress: "full",
  queue_position: null,
  queue_size: null,
  eta: null,
  elapsed: 1.23,
  progress: null,
  message: null,
};

describe("status tracker text", () => {
  it("shows the queue position while waiting behind others", () => {
    expect(meta_text({ ...base, queue_position: 1, queue_size: 3, eta: 4 })).toBe("queue: 2/3 | 1.2/4.0s");
  });

  it("shows step counts while running with progress", () => {
    const progress = [{ index: 8, length: 20, unit: "steps", progress: null, desc: "Working" }];
    expect(meta_text({ ...base, queue_position: 0, progress })).toBe("8/20 steps | 1.2s");
    expect(level_text(progress[0]!)).toBe("Working - 40.0%");
  });

  it("reads a fraction given directly and clamps it", () => {
    expect(fraction({ index: null, length: null, unit: null, progress: 1.5, desc: null })).toBe(1);
    expect(fraction({ index: null, length: null, unit: null, progress: null, desc: "?" })).toBeNull();
    expect(level_text({ index: null, length: null, unit: null, progress: 0.25, desc: null })).toBe("25.0%");
  });
});
