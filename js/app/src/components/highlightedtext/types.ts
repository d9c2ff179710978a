import type { SharedProps } from "../contract";

/** One span as `gr.HighlightedText` sends it. */
export interface HighlightedToken {
  /** The text of the span. */
  token: string;
  /** Its category (a name), its score (a number, -1..1 drawn purple to red) or null. */
  class_or_confidence?: string | number | null;
}

/** The wire value of `gr.HighlightedText`: the spans in order, or null when empty. */
export type HighlightedValue = HighlightedToken[] | null;

/** Config props of `gr.HighlightedText`. */
export interface HighlightedTextProps extends SharedProps {
  /** Category → CSS colour; other categories get palette colours. @defaultValue null */
  color_map?: Record<string, string> | null;
  /** List the categories (or the score scale) in a legend above the text. @defaultValue false */
  show_legend?: boolean;
  /** Show each span's category after it when there is no legend. @defaultValue true */
  show_inline_category?: boolean;
  /** The server merged neighbouring spans of one category. @defaultValue false */
  combine_adjacent?: boolean;
  /** Separator of merged spans (applied by the server). @defaultValue "" */
  adjacent_separator?: string;
  /** The server stripped whitespace around spans when false. @defaultValue true */
  show_whitespaces?: boolean;
  /** Right-to-left text, legend aligned right. @defaultValue false */
  rtl?: boolean;
  /** True when a `select` listener exists: spans look clickable. @defaultValue false */
  _selectable?: boolean;
}
