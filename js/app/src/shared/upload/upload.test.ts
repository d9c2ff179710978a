import { describe, expect, it } from "vitest";
import { acceptAttribute, accepts, filterFiles, formatSize, nameForBlob } from "./upload";

describe("acceptAttribute", () => {
  it("maps Gradio's category words to MIME families and keeps extensions", () => {
    expect(acceptAttribute(["image", ".pdf", "audio"])).toBe("image/*,.pdf,audio/*");
  });
  it("accepts anything when there is no list or the list says file", () => {
    expect(acceptAttribute(null)).toBe("");
    expect(acceptAttribute([])).toBe("");
    expect(acceptAttribute(["file", ".txt"])).toBe("");
  });
  it("takes a single string as a one-item list", () => {
    expect(acceptAttribute("video")).toBe("video/*");
  });
});

describe("accepts", () => {
  it("matches extensions without regard to case", () => {
    expect(accepts("REPORT.PDF", "", ".pdf")).toBe(true);
    expect(accepts("notes.txt", "text/plain", ".pdf")).toBe(false);
  });
  it("matches MIME families and exact MIME types", () => {
    expect(accepts("a.png", "image/png", "image/*")).toBe(true);
    expect(accepts("a.wav", "audio/wav", "image/*,.csv")).toBe(false);
    expect(accepts("a.png", "image/png", "image/png")).toBe(true);
  });
  it("lets everything through an empty filter", () => {
    expect(accepts("anything.bin", "", "")).toBe(true);
  });
});

describe("filterFiles", () => {
  const png = new File(["x"], "a.png", { type: "image/png" });
  const txt = new File(["y"], "b.txt", { type: "text/plain" });
  it("drops rejected files and keeps one in single mode", () => {
    expect(filterFiles([txt, png], "image/*", false)).toEqual([png]);
    expect(filterFiles([png, txt], "", true)).toEqual([png]);
  });
});

describe("formatSize", () => {
  it("shows bytes with one decimal like Gradio's file list", () => {
    expect(formatSize(11)).toBe("11.0 B");
    expect(formatSize(1536)).toBe("1.5 KB");
    expect(formatSize(3 * 1024 * 1024)).toBe("3.0 MB");
  });
  it("shows nothing for an unknown size", () => {
    expect(formatSize(null)).toBe("");
    expect(formatSize(undefined)).toBe("");
  });
});

describe("nameForBlob", () => {
  it("names a pasted image after its MIME type", () => {
    expect(nameForBlob("image/png")).toBe("image.png");
    expect(nameForBlob("image/jpeg")).toBe("image.jpg");
    expect(nameForBlob("audio/webm;codecs=opus", "recording")).toBe("recording.webm");
  });
});
