/** What `gr.Label` draws for a value: the heading and one row per class. */
import type { Confidence, LabelValue } from "./types";

/** One bar of the view. */
export interface ConfidenceRow {
  /** The class name as text. */
  name: string;
  /** The class as sent (what `select` reports as its value). */
  label: Confidence["label"];
  /** Bar width, 0..100. */
  width: number;
  /** The confidence as a whole percentage, e.g. `"70%"`. */
  percent: string;
}

/** The heading (null: none) and the rows to draw. */
export interface LabelView {
  heading: string | null;
  rows: ConfidenceRow[];
}

/** Lay out a wire value; `null`/`{}` gives an empty view. */
export function labelView(value: LabelValue | null | undefined, show_heading: boolean): LabelView {
  const rows = (value?.confidences ?? []).map(confidenceRow);
  const top = value?.label;
  const has_top = top !== null && top !== undefined;
  // A plain label is always shown; with bars the heading can be switched off.
  const heading = has_top && (show_heading || rows.length === 0) ? String(top) : null;
  return { heading, rows };
}

function confidenceRow(entry: Confidence): ConfidenceRow {
  const confidence = clamp01(entry.confidence ?? 0);
  return {
    name: entry.label === null ? "" : String(entry.label),
    label: entry.label,
    width: confidence * 100,
    percent: `${Math.round(confidence * 100)}%`,
  };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
