import { describe, expect, it } from "vitest";
import { videoFile } from "./video";

describe("videoFile", () => {
  const clip = { path: "/tmp/up/clip.mp4", orig_name: "clip.mp4" };
  it("reads a plain FileData", () => {
    expect(videoFile(clip)).toBe(clip);
  });
  it("reads the legacy {video, subtitles} wrapper", () => {
    expect(videoFile({ video: clip, subtitles: null })).toBe(clip);
  });
  it("gives null for nothing or junk", () => {
    expect(videoFile(null)).toBeNull();
    expect(videoFile({ video: "x" })).toBeNull();
  });
});
