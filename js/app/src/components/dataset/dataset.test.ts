import { describe, expect, it } from "vitest";
import { cellFor, cellText, layoutOf, pageCount, pageRows } from "./dataset";

describe("layoutOf", () => {
  it("draws one column as a gallery and several as a table, unless told", () => {
    expect(layoutOf(null, 1, false)).toBe("gallery");
    expect(layoutOf(null, 2, false)).toBe("table");
    expect(layoutOf(null, 2, true)).toBe("gallery");
    expect(layoutOf("table", 1, false)).toBe("table");
  });
});

describe("paging", () => {
  it("counts pages and keeps each row's index in the whole list", () => {
    const samples = ["a", "b", "c", "d", "e"];
    expect(pageCount(samples.length, 2)).toBe(3);
    expect(pageCount(0, 10)).toBe(1);
    expect(pageRows(samples, 1, 2)).toEqual([
      [2, "c"],
      [3, "d"],
    ]);
    expect(pageRows(samples, 2, 2)).toEqual([[4, "e"]]);
  });
});

describe("cells", () => {
  it("shows text, numbers and lists as text", () => {
    expect([cellText("hi"), cellText(2.5), cellText(null), cellText(["a", 1])]).toEqual(["hi", "2.5", "", "a, 1"]);
    expect(cellText({ k: 1 })).toBe('{"k":1}');
  });

  it("shows an image example as a thumbnail and other files by name", () => {
    const image = { path: "/tmp/x/cat.png", url: "http://h/file=/tmp/x/cat.png" };
    expect(cellFor("image", image)).toEqual({ kind: "image", file: image });
    expect(cellFor("file", { path: "/tmp/y/notes.txt" })).toEqual({ kind: "text", text: "notes.txt" });
    expect(cellFor("textbox", "plain")).toEqual({ kind: "text", text: "plain" });
  });
});
