import type { SharedProps } from "../contract";

/** One class and its confidence, as `gr.Label` sends them. */
export interface Confidence {
  /** The class name (numeric keys of a Python dict stay numbers). */
  label: string | number | null;
  /** 0..1, or null when unknown. */
  confidence: number | null;
}

/** The wire value of `gr.Label`: `{}` when empty. */
export interface LabelValue {
  /** The top class, or a plain label. */
  label?: string | number | null;
  /** The most confident classes, most confident first; null for a plain label. */
  confidences?: Confidence[] | null;
}

/** Config props of `gr.Label`. */
export interface LabelProps extends SharedProps {
  /** How many classes the server keeps (it already cut the list). @defaultValue null */
  num_top_classes?: number | null;
  /** Background colour of the top label (CSS colour). @defaultValue null */
  color?: string | null;
  /** Show the top class above the bars. @defaultValue true */
  show_heading?: boolean;
  /** True when a `select` listener exists: rows look clickable. @defaultValue false */
  _selectable?: boolean;
}
