/**
 * Finding LaTeX in Markdown before the Markdown parser sees it.
 *
 * Math is cut out of the text and replaced by inert placeholders, so that `_` and `*` inside
 * formulas are not read as emphasis; after parsing, each placeholder becomes KaTeX output.
 * Code is left alone: `$x$` inside a fenced block or a backtick span is not math.
 */
import type { LatexDelimiter } from "./types";

/** One formula cut out of the text. */
export interface MathSegment {
  /** The placeholder that now stands in the text. */
  placeholder: string;
  /** The LaTeX source between the delimiters. */
  tex: string;
  /** Display (block) or inline mode. */
  display: boolean;
}

/** The text with formulas replaced by placeholders, and the formulas. */
export interface ExtractedMath {
  text: string;
  segments: MathSegment[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** True when the text holds at least one complete formula for these delimiters. */
export function hasMath(text: string, delimiters: readonly LatexDelimiter[]): boolean {
  return delimiters.length > 0 && extractMath(text, delimiters, "x").segments.length > 0;
}

/**
 * Replace every formula outside code by `<prefix>M<n>E`.
 *
 * Example: with `$$…$$` display delimiters, `"a $$x_1$$ b"` becomes `"a RGM0E b"` (prefix
 * `"RG"`) and one segment `{tex: "x_1", display: true}`.
 */
export function extractMath(
  text: string,
  delimiters: readonly LatexDelimiter[],
  prefix: string,
): ExtractedMath {
  const ordered = [...delimiters]
    .filter((d) => d.left.length > 0 && d.right.length > 0)
    .sort((a, b) => b.left.length - a.left.length);
  const segments: MathSegment[] = [];
  let out = "";
  let i = 0;
  while (i < text.length) {
    const line_start = i === 0 || text[i - 1] === "\n";
    if (line_start) {
      const fence_end = skip_fence(text, i);
      if (fence_end > i) {
        out += text.slice(i, fence_end);
        i = fence_end;
        continue;
      }
    }
    if (text[i] === "`") {
      const code_end = skip_code_span(text, i);
      out += text.slice(i, code_end);
      i = code_end;
      continue;
    }
    const found = match_formula(text, i, ordered);
    if (found) {
      const placeholder = `${prefix}M${segments.length}E`;
      segments.push({ placeholder, tex: found.tex, display: found.delimiter.display });
      out += placeholder;
      i = found.end;
      continue;
    }
    if (text[i] === "\\" && i + 1 < text.length) {
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    out += text[i];
    i += 1;
  }
  return { text: out, segments };
}

/** End of a fenced code block starting at `start`, or `start` when none starts there. */
function skip_fence(text: string, start: number): number {
  const line_end = end_of_line(text, start);
  const open = FENCE.exec(text.slice(start, line_end));
  if (!open || !open[1]) return start;
  const marker = open[1];
  let pos = line_end + 1;
  while (pos < text.length) {
    const next_end = end_of_line(text, pos);
    const line = text.slice(pos, next_end).trim();
    if (line.startsWith(marker) && /^[`~]+$/.test(line)) return Math.min(next_end + 1, text.length);
    pos = next_end + 1;
  }
  return text.length;
}

/** End of the backtick code span at `start` (a lone run of backticks is just text). */
function skip_code_span(text: string, start: number): number {
  let run = start;
  while (text[run] === "`") run += 1;
  const ticks = text.slice(start, run);
  let search = run;
  while (search < text.length) {
    const close = text.indexOf(ticks, search);
    if (close < 0) break;
    let after = close + ticks.length;
    if (text[after] !== "`") return after;
    while (text[after] === "`") after += 1;
    search = after;
  }
  return run;
}

function match_formula(
  text: string,
  at: number,
  delimiters: readonly LatexDelimiter[],
): { tex: string; end: number; delimiter: LatexDelimiter } | null {
  for (const delimiter of delimiters) {
    if (!text.startsWith(delimiter.left, at)) continue;
    const from = at + delimiter.left.length;
    const close = find_unescaped(text, delimiter.right, from);
    if (close < 0) continue;
    const tex = text.slice(from, close);
    if (tex.trim() === "") continue;
    return { tex, end: close + delimiter.right.length, delimiter };
  }
  return null;
}

/** Index of `needle` at or after `from` that is not preceded by a backslash, or -1. */
function find_unescaped(text: string, needle: string, from: number): number {
  let pos = from;
  while (pos <= text.length - needle.length) {
    if (text.startsWith(needle, pos)) return pos;
    pos += text[pos] === "\\" ? 2 : 1;
  }
  return -1;
}

function end_of_line(text: string, from: number): number {
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl;
}
