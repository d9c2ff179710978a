import type { SharedProps } from "../contract";

/** Config props of `gr.JSON`. */
export interface JSONProps extends SharedProps {
  /** Expand every node at first; otherwise nodes deeper than three levels start folded. @defaultValue false */
  open?: boolean;
  /** Show array indices as keys. @defaultValue false */
  show_indices?: boolean;
  /** Height of the viewer (px or CSS length). @defaultValue null */
  height?: number | string | null;
  /** Maximum height before scrolling (px or CSS length). @defaultValue 500 */
  max_height?: number | string | null;
  /** Minimum height (px or CSS length). @defaultValue null */
  min_height?: number | string | null;
  /** `["copy"]` adds a copy button. @defaultValue ["copy"] */
  buttons?: string[] | null;
}
