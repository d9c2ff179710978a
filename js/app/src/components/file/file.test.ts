import { describe, expect, it } from "vitest";
import type { FileData } from "../contract";
import { asList, displayName, fromList, moveItem, removeAt, splitName } from "./file";

const a: FileData = { path: "/tmp/up/abc/note.txt", orig_name: "note.txt", size: 11 };
const b: FileData = { path: "/tmp/up/def/red.png", size: 73 };

describe("asList and fromList", () => {
  it("treat a single file, a list and null alike", () => {
    expect(asList(a)).toEqual([a]);
    expect(asList([a, b])).toEqual([a, b]);
    expect(asList(null)).toEqual([]);
  });
  it("give single-file components one FileData and multi-file ones a list", () => {
    expect(fromList([a, b], "single")).toEqual(a);
    expect(fromList([a, b], "multiple")).toEqual([a, b]);
    expect(fromList([], "multiple")).toBeNull();
    expect(fromList([], undefined)).toBeNull();
  });
});

describe("displayName", () => {
  it("prefers the original name and falls back to the path's last segment", () => {
    expect(displayName(a)).toBe("note.txt");
    expect(displayName(b)).toBe("red.png");
  });
});

describe("splitName", () => {
  it("keeps the extension apart so a cut stem still shows it", () => {
    expect(splitName("quarterly-report.pdf")).toEqual(["quarterly-report", ".pdf"]);
    expect(splitName("Makefile")).toEqual(["Makefile", ""]);
    expect(splitName(".bashrc")).toEqual([".bashrc", ""]);
  });
});

describe("list edits", () => {
  it("remove one file by index", () => {
    expect(removeAt([a, b], 0)).toEqual([b]);
  });
  it("move a file to a new position", () => {
    expect(moveItem(["x", "y", "z"], 0, 2)).toEqual(["y", "z", "x"]);
    expect(moveItem(["x", "y", "z"], 2, 0)).toEqual(["z", "x", "y"]);
  });
});
