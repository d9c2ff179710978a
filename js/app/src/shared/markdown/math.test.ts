import { describe, expect, it } from "vitest";
import { extractMath, hasMath } from "./math";
import type { LatexDelimiter } from "./types";

const display: LatexDelimiter = { left: "$$", right: "$$", display: true };
const inline: LatexDelimiter = { left: "$", right: "$", display: false };
const paren: LatexDelimiter = { left: "\\(", right: "\\)", display: false };

describe("extractMath", () => {
  it("replaces a display formula by a placeholder and keeps its source", () => {
    const out = extractMath("a $$x_1 + y_2$$ b", [display], "P");
    expect(out.text).toBe("a PM0E b");
    expect(out.segments).toEqual([{ placeholder: "PM0E", tex: "x_1 + y_2", display: true }]);
  });

  it("prefers the longer delimiter when $ and $$ are both configured", () => {
    const out = extractMath("$$a$$ and $b$", [inline, display], "P");
    expect(out.text).toBe("PM0E and PM1E");
    expect(out.segments.map((s) => [s.tex, s.display])).toEqual([
      ["a", true],
      ["b", false],
    ]);
  });

  it("leaves dollars inside fenced code and inline code alone", () => {
    const text = "```sh\necho $HOME $PATH\n```\nand `$x$` but $y$";
    const out = extractMath(text, [inline], "P");
    expect(out.text).toBe("```sh\necho $HOME $PATH\n```\nand `$x$` but PM0E");
    expect(out.segments).toHaveLength(1);
  });

  it("does not treat an escaped dollar as a delimiter", () => {
    expect(extractMath("costs \\$5 and \\$6", [inline], "P").segments).toEqual([]);
  });

  it("handles backslash delimiters such as \\( \\)", () => {
    const out = extractMath("so \\(\\alpha\\) holds", [paren], "P");
    expect(out.segments[0]?.tex).toBe("\\alpha");
    expect(out.text).toBe("so PM0E holds");
  });

  it("keeps an unclosed delimiter as plain text", () => {
    const out = extractMath("a $$ b", [display], "P");
    expect(out.text).toBe("a $$ b");
    expect(out.segments).toEqual([]);
  });

  it("numbers placeholders so that M1E is never a prefix of M10E", () => {
    const text = Array.from({ length: 11 }, (_, i) => `$$${i}$$`).join(" ");
    const out = extractMath(text, [display], "P");
    expect(out.segments[10]?.placeholder).toBe("PM10E");
    expect(out.text.split(" ")).toEqual(out.segments.map((s) => s.placeholder));
  });
});

describe("hasMath", () => {
  it("is false without delimiters, even for text full of dollars", () => {
    expect(hasMath("$$x$$", [])).toBe(false);
  });

  it("is true only for a complete formula", () => {
    expect(hasMath("price: $5", [inline])).toBe(false);
    expect(hasMath("area $\\pi r^2$", [inline])).toBe(true);
  });
});
