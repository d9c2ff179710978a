import type { SharedProps } from "../contract";

/** A cell's datatype: how it is shown, sorted and what an edit is cast to. */
export type Datatype = "str" | "number" | "bool" | "date" | "markdown" | "html" | "image" | "auto";

/** A table on the wire: `{headers, data, metadata}`. */
export interface TableValue {
  /** Column names. */
  headers: (string | number)[];
  /** Rows of cells. */
  data: unknown[][];
  /** Styler extras (`display_value`, `styling`), or null. */
  metadata?: Record<string, unknown[] | null> | null;
}

/** `[count, "fixed" | "dynamic"]`: initial size, and whether the user may add more. */
export type Count = [number, "fixed" | "dynamic"];

/** Config props of `gr.Dataframe`. */
export interface DataframeProps extends SharedProps {
  /** Column names used when the value has none. @defaultValue ["1", "2", "3"] */
  headers?: string[];
  /** Initial rows; "dynamic" lets the user add rows. @defaultValue [3, "dynamic"] */
  row_count?: Count;
  /** Initial columns; "dynamic" lets the user add columns. @defaultValue [3, "dynamic"] */
  column_count?: Count;
  /** One datatype for every column, or one per column. @defaultValue "str" */
  datatype?: Datatype | Datatype[];
  /** LaTeX delimiters for markdown cells. @defaultValue [{left: "$$", right: "$$", display: true}] */
  latex_delimiters?: { left: string; right: string; display: boolean }[];
  /** Taller tables scroll (px or CSS length). @defaultValue 500 */
  max_height?: number | string;
  /** Wrap long text in cells. @defaultValue false */
  wrap?: boolean;
  /** Single newlines in markdown cells break lines. @defaultValue true */
  line_breaks?: boolean;
  /** Column widths as CSS lengths. @defaultValue [] */
  column_widths?: string[];
  /** "copy" and/or "fullscreen"; null shows both. @defaultValue null */
  buttons?: string[] | null;
  /** Show a column of row numbers. @defaultValue false */
  show_row_numbers?: boolean;
  /** Truncate cell text longer than this. @defaultValue null */
  max_chars?: number | null;
  /** "search" or "filter" show a search box. @defaultValue "none" */
  show_search?: "none" | "search" | "filter";
  /** This many columns from the left stay in view when scrolling sideways. @defaultValue null */
  pinned_columns?: number | null;
  /** Indices of columns the user cannot edit. @defaultValue [] */
  static_columns?: number[];
  /** Cells are selectable (a select listener exists). @defaultValue false */
  _selectable?: boolean;
}
