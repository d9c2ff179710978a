import type { SharedProps } from "../contract";

/** Config props of `gr.Code`. */
export interface CodeProps extends SharedProps {
  /** A `gr.Code.languages` name (e.g. `"python"`, `"sql-pgSQL"`); null: plain text. @defaultValue null */
  language?: string | null;
  /** The fewest lines shown. @defaultValue 5 */
  lines?: number;
  /** The most lines shown before scrolling; null: grow with the code. @defaultValue null */
  max_lines?: number | null;
  /** Wrap long lines instead of scrolling sideways. @defaultValue false */
  wrap_lines?: boolean;
  /** Show the line-number gutter. @defaultValue true */
  show_line_numbers?: boolean;
  /** Offer completions (accepted; this editor has none). @defaultValue false */
  autocomplete?: boolean;
  /** `"copy"`, `"download"` and custom buttons. @defaultValue ["copy", "download"] */
  buttons?: unknown[] | null;
}
