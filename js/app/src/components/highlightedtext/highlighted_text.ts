/**
 * Pure logic of `gr.HighlightedText`: the display mode, the colour of each category and of
 * each score, and editing a span's label.
 */
import type { HighlightedToken } from "./types";

/** A category's two shades: the strong one for its label tag, the pale one behind its text. */
export interface CategoryColor {
  primary: string;
  secondary: string;
}

/**
 * Colours given to categories the color_map does not name, in order: the n-th category
 * (counting the color_map's own entries first) gets `PALETTE[n % 10]`.
 */
export const PALETTE = ["red", "green", "blue", "yellow", "purple", "teal", "orange", "cyan", "lime", "pink"] as const;

/** The palette names as Tailwind's 600 (primary) and 100 (secondary) shades. */
const SHADES: Record<string, CategoryColor> = {
  red: { primary: "#dc2626", secondary: "#fee2e2" },
  green: { primary: "#16a34a", secondary: "#dcfce7" },
  blue: { primary: "#2563eb", secondary: "#dbeafe" },
  yellow: { primary: "#ca8a04", secondary: "#fef9c3" },
  purple: { primary: "#9333ea", secondary: "#f3e8ff" },
  teal: { primary: "#0d9488", secondary: "#ccfbf1" },
  orange: { primary: "#ea580c", secondary: "#ffedd5" },
  cyan: { primary: "#0891b2", secondary: "#cffafe" },
  lime: { primary: "#65a30d", secondary: "#ecfccb" },
  pink: { primary: "#db2777", secondary: "#fce7f3" },
};

/** `categories` when any span has a string label, `scores` when they carry numbers. */
export type Mode = "categories" | "scores" | "plain";

export function modeOf(value: HighlightedToken[] | null): Mode {
  let mode: Mode = "plain";
  for (const { class_or_confidence: category } of value ?? []) {
    if (typeof category === "string") return "categories";
    if (typeof category === "number") mode = "scores";
  }
  return mode;
}

/**
 * Every category's colours, the color_map's first (in its order), then the others in the
 * order they appear: `{LOC: "green"}` with spans PER, LOC, DATE → LOC green, PER green
 * (palette entry 1), DATE blue (palette entry 2).
 */
export function categoryColors(
  value: HighlightedToken[] | null,
  color_map: Record<string, string> | null | undefined,
): Map<string, CategoryColor> {
  const names = new Map<string, string>(Object.entries(color_map ?? {}));
  for (const { class_or_confidence: category } of value ?? []) {
    if (typeof category === "string" && !names.has(category)) {
      names.set(category, PALETTE[names.size % PALETTE.length] ?? "red");
    }
  }
  const colors = new Map<string, CategoryColor>();
  for (const [category, name] of names) colors.set(category, colorOf(name));
  return colors;
}

/** A palette name as its two shades; any other CSS colour, itself and itself at half alpha. */
export function colorOf(name: string): CategoryColor {
  const trimmed = name.trim();
  return (
    SHADES[trimmed] ?? { primary: trimmed, secondary: `color-mix(in srgb, ${trimmed} 50%, transparent)` }
  );
}

/** The background of a scored span: purple below 0, red above, as opaque as the score is big. */
export function scoreBackground(score: number | string | null | undefined): string | undefined {
  if (typeof score !== "number" || score === 0) return undefined;
  const alpha = Math.min(Math.abs(score), 1);
  return score < 0 ? `rgba(128, 90, 213, ${alpha})` : `rgba(239, 68, 60, ${alpha})`;
}

/** The `select` event data of a click on span `index`: `{index, value: [text, category]}`. */
export function selectData(value: HighlightedToken[], index: number): { index: number; value: [string, string | number | null] } {
  const token = value[index];
  return { index, value: [token?.token ?? "", token?.class_or_confidence ?? null] };
}

/** The spans with span `index` relabelled; a blank label clears it (the span stays). */
export function relabel(value: HighlightedToken[], index: number, label: string | null): HighlightedToken[] {
  const cleaned = label === null || label.trim() === "" ? null : label.trim();
  return value.map((token, i) => (i === index ? { token: token.token, class_or_confidence: cleaned } : token));
}

/**
 * The spans with part of span `index` (`start`..`end` of its text) cut out as a span of its
 * own, unlabelled, for the user to label; returns the new spans and that part's index.
 * `"Ann met Bo"` cut at 4..7 → `"Ann "`, `"met"`, `" Bo"` (the outer parts keep the label).
 */
export function splitSpan(
  value: HighlightedToken[],
  index: number,
  start: number,
  end: number,
): { spans: HighlightedToken[]; index: number } {
  const span = value[index];
  if (!span || start >= end) return { spans: value, index };
  const category = span.class_or_confidence ?? null;
  const before = span.token.slice(0, start);
  const parts: HighlightedToken[] = [
    ...(before ? [{ token: before, class_or_confidence: category }] : []),
    { token: span.token.slice(start, end), class_or_confidence: null },
    ...(span.token.slice(end) ? [{ token: span.token.slice(end), class_or_confidence: category }] : []),
  ];
  return {
    spans: [...value.slice(0, index), ...parts, ...value.slice(index + 1)],
    index: index + (before ? 1 : 0),
  };
}

/** Neighbouring unlabelled spans joined into one (what is left after a label is cleared). */
export function mergeUnlabelled(value: HighlightedToken[]): HighlightedToken[] {
  const merged: HighlightedToken[] = [];
  for (const span of value) {
    const last = merged[merged.length - 1];
    if (last && last.class_or_confidence == null && span.class_or_confidence == null) {
      merged[merged.length - 1] = { token: last.token + span.token, class_or_confidence: null };
    } else {
      merged.push(span);
    }
  }
  return merged;
}

/** Whether two span lists say the same (to send `change` only for real edits). */
export function sameSpans(a: HighlightedToken[], b: HighlightedToken[]): boolean {
  return (
    a.length === b.length &&
    a.every((span, i) => span.token === b[i]?.token && (span.class_or_confidence ?? null) === (b[i]?.class_or_confidence ?? null))
  );
}
