import { describe, expect, it } from "vitest";
import { apply_progress, file_fraction, start_progress, uploading_text } from "./progress.js";

describe("upload progress", () => {
  it("adds each update's bytes to the file it names", () => {
    const progress = start_progress([
      { name: "a.bin", size: 1000 },
      { name: "b.bin", size: 500 },
    ]);
    apply_progress(progress, { msg: "update", orig_name: "a.bin", chunk_size: 400 });
    apply_progress(progress, { msg: "update", orig_name: "a.bin", chunk_size: 100 });
    apply_progress(progress, { msg: "update", orig_name: "b.bin", chunk_size: 50 });
    expect(progress.files.map(file_fraction)).toEqual([0.5, 0.1]);
  });

  it("fills two files with the same name one after the other", () => {
    const progress = start_progress([
      { name: "x", size: 10 },
      { name: "x", size: 10 },
    ]);
    apply_progress(progress, { msg: "update", orig_name: "x", chunk_size: 10 });
    apply_progress(progress, { msg: "update", orig_name: "x", chunk_size: 4 });
    expect(progress.files.map((f) => f.received)).toEqual([10, 4]);
  });

  it("is complete after done, and ignores heartbeats and unknown names", () => {
    const progress = start_progress([{ name: "a", size: 10 }]);
    apply_progress(progress, { msg: "heartbeat" });
    apply_progress(progress, { msg: "update", orig_name: "zzz", chunk_size: 5 });
    expect(progress.files[0]!.received).toBe(0);
    apply_progress(progress, { msg: "done" });
    expect(progress.done).toBe(true);
    expect(file_fraction(progress.files[0]!)).toBe(1);
  });

  it("says how many files are uploading", () => {
    expect(uploading_text(1)).toBe("Uploading 1 file...");
    expect(uploading_text(3)).toBe("Uploading 3 files...");
  });
});
