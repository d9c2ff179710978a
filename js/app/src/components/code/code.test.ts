import { describe, expect, it } from "vitest";
import { downloadName, grammarFor, gutterWidth, highlightedLines, splitHtmlLines, visibleLines } from "./code";

describe("grammarFor", () => {
  it("maps Gradio's language names onto highlight.js grammars", () => {
    expect(grammarFor("python")).toBe("python");
    expect(grammarFor("html")).toBe("xml");
    expect(grammarFor("shell")).toBe("bash");
    expect(grammarFor("sql-pgSQL")).toBe("sql");
    expect(grammarFor(null)).toBeNull();
  });
});

describe("splitHtmlLines", () => {
  it("closes and reopens spans that cross a line break", () => {
    expect(splitHtmlLines('x = <span class="s">"a\nb"</span>\ny')).toEqual([
      'x = <span class="s">"a</span>',
      '<span class="s">b"</span>',
      "y",
    ]);
  });

  it("keeps nested spans balanced on every line", () => {
    const lines = splitHtmlLines('<span class="a"><span class="b">1\n2</span>3</span>');
    expect(lines).toEqual([
      '<span class="a"><span class="b">1</span></span>',
      '<span class="a"><span class="b">2</span>3</span>',
    ]);
  });

  it("gives an empty last line after a trailing newline", () => {
    expect(splitHtmlLines("a\n")).toEqual(["a", ""]);
  });
});

describe("highlightedLines", () => {
  it("escapes the code when no highlighter is loaded", () => {
    expect(highlightedLines("a < b\n<i>", "python", null)).toEqual(["a &lt; b", "&lt;i&gt;"]);
  });

  it("colours with the grammar of the language", () => {
    const seen: string[] = [];
    const fake = (code: string, grammar: string): string => {
      seen.push(grammar);
      return `<span class="k">${code}</span>`;
    };
    expect(highlightedLines("select\n1", "sql-mySQL", fake)).toEqual([
      '<span class="k">select</span>',
      '<span class="k">1</span>',
    ]);
    expect(seen).toEqual(["sql"]);
  });

  it("falls back to plain text for a grammar the highlighter does not know", () => {
    expect(highlightedLines("\\alpha", "latex", () => null)).toEqual(["\\alpha"]);
  });
});

describe("visibleLines", () => {
  it("shows at least `lines` and grows with the code", () => {
    expect(visibleLines(1, 5, null)).toBe(5);
    expect(visibleLines(12, 5, null)).toBe(12);
  });

  it("stops growing at max_lines", () => {
    expect(visibleLines(12, 3, 6)).toBe(6);
    expect(visibleLines(2, 3, 6)).toBe(3);
  });
});

describe("gutterWidth and downloadName", () => {
  it("widens the gutter with the number of digits", () => {
    expect(gutterWidth(9)).toBe(3);
    expect(gutterWidth(120)).toBe(5);
  });

  it("names downloads after the language", () => {
    expect(downloadName("python")).toBe("file.py");
    expect(downloadName("sql-sqlite")).toBe("file.sql");
    expect(downloadName(null)).toBe("file.txt");
  });
});
