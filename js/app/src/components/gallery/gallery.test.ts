import { describe, expect, it } from "vitest";
import type { FileData } from "../contract";
import {
  columnCount,
  deleteData,
  downloadName,
  galleryButtons,
  itemsFromUploads,
  itemsOf,
  previewKey,
  selectData,
  stepIndex,
  withoutItem,
} from "./gallery";
import type { GalleryItem } from "./types";

const file = (path: string, mime_type: string | null = null, orig_name: string | null = null): FileData => ({
  path,
  url: `http://x/${path}`,
  mime_type,
  orig_name,
});

const value: GalleryItem[] = [
  { image: file("a.png"), caption: "first" },
  { video: file("b.mp4", "video/mp4") },
  { image: file("c.png"), caption: null },
];

describe("itemsOf", () => {
  it("draws images and videos with their captions", () => {
    expect(itemsOf(value).map((s) => [s.kind, s.file.path, s.caption])).toEqual([
      ["image", "a.png", "first"],
      ["video", "b.mp4", null],
      ["image", "c.png", null],
    ]);
  });
  it("treats null and [] as empty and skips malformed entries", () => {
    expect(itemsOf(null)).toEqual([]);
    expect(itemsOf([{ caption: "x" } as unknown as GalleryItem])).toEqual([]);
  });
});

describe("columnCount", () => {
  it("uses the columns asked for, or two", () => {
    expect(columnCount(3, 10)).toBe(3);
    expect(columnCount(null, 10)).toBe(2);
    expect(columnCount(0, 10)).toBe(1);
  });
  it("shrinks to the item count only with fit_columns", () => {
    expect(columnCount(4, 2, true)).toBe(2);
    expect(columnCount(4, 2, false)).toBe(4);
    expect(columnCount(4, 0, true)).toBe(4);
  });
});

describe("stepIndex", () => {
  it("moves and wraps at both ends", () => {
    expect(stepIndex(0, 1, 3)).toBe(1);
    expect(stepIndex(2, 1, 3)).toBe(0);
    expect(stepIndex(0, -1, 3)).toBe(2);
    expect(stepIndex(null, 1, 3)).toBe(1);
    expect(stepIndex(1, 1, 0)).toBeNull();
  });
});

describe("previewKey", () => {
  it("maps arrows to moves and Escape to close", () => {
    expect(previewKey("ArrowLeft")).toBe("prev");
    expect(previewKey("ArrowRight")).toBe("next");
    expect(previewKey("Escape")).toBe("close");
    expect(previewKey("a")).toBeNull();
  });
});

describe("galleryButtons", () => {
  it("shows everything by default and only what is listed otherwise", () => {
    expect(galleryButtons(null)).toEqual({ download: true, fullscreen: true });
    expect(galleryButtons(["download"])).toEqual({ download: true, fullscreen: false });
    expect(galleryButtons([])).toEqual({ download: false, fullscreen: false });
  });
});

describe("uploads and deletes", () => {
  it("wraps videos as video items and the rest as images", () => {
    expect(itemsFromUploads([file("v.webm", "video/webm"), file("p.png", "image/png"), file("x")])).toEqual([
      { video: file("v.webm", "video/webm"), caption: null },
      { image: file("p.png", "image/png"), caption: null },
      { image: file("x"), caption: null },
    ]);
  });
  it("removes one item and reports it as Gradio does", () => {
    expect(withoutItem(value, 1).map((i) => ("image" in i ? i.image.path : ""))).toEqual(["a.png", "c.png"]);
    expect(deleteData(value, 1)).toEqual({ file: file("b.mp4", "video/mp4"), index: 1 });
    expect(deleteData(value, 7)).toBeNull();
  });
  it("selects with the index and the item as on the wire", () => {
    expect(selectData(value, 0)).toEqual({ index: 0, value: value[0] });
    expect(selectData(null, 0)).toEqual({ index: 0, value: null });
  });
});

describe("downloadName", () => {
  it("prefers the original name, else the kind with the extension of the path", () => {
    expect(downloadName({ file: file("a/b.png", null, "cat.png"), kind: "image", caption: null })).toBe("cat.png");
    expect(downloadName({ file: file("tmp/abc/output.webp"), kind: "image", caption: null })).toBe("image.webp");
    expect(downloadName({ file: file("tmp/abc"), kind: "video", caption: null })).toBe("video");
  });
});
