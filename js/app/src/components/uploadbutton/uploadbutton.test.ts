import { describe, expect, it } from "vitest";
import type { FileData } from "../contract";
import { filesToUpload, pickerAttributes, valueAfterUpload } from "./uploadbutton";

const a: FileData = { path: "/tmp/up/abc/note.txt", orig_name: "note.txt" };
const b: FileData = { path: "/tmp/up/def/red.png", orig_name: "red.png" };
const file = (name: string): File => new File(["x"], name);

describe("pickerAttributes", () => {
  it("offers the file_types and one file by default", () => {
    expect(pickerAttributes("single", ["image", ".pdf"])).toEqual({
      accept: "image/*,.pdf",
      multiple: false,
      directory: false,
    });
    expect(pickerAttributes(undefined, null)).toEqual({ accept: "", multiple: false, directory: false });
  });
  it("picks several files, or a folder whose files all go (file_types ignored)", () => {
    expect(pickerAttributes("multiple", [".txt"])).toEqual({ accept: ".txt", multiple: true, directory: false });
    expect(pickerAttributes("directory", [".txt"])).toEqual({ accept: "", multiple: true, directory: true });
  });
});

describe("filesToUpload", () => {
  it("keeps only the first pick of a single-file button", () => {
    expect(filesToUpload([file("a"), file("b")], "single").map((f) => f.name)).toEqual(["a"]);
    expect(filesToUpload([file("a"), file("b")], "multiple").map((f) => f.name)).toEqual(["a", "b"]);
    expect(filesToUpload([], "single")).toEqual([]);
  });
});

describe("valueAfterUpload", () => {
  it("is one FileData for single and the list otherwise", () => {
    expect(valueAfterUpload([a], "single")).toEqual(a);
    expect(valueAfterUpload([], undefined)).toBeNull();
    expect(valueAfterUpload([a, b], "multiple")).toEqual([a, b]);
    expect(valueAfterUpload([a], "directory")).toEqual([a]);
  });
});
