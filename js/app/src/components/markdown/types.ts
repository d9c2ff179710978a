import type { LatexDelimiter } from "../../shared/markdown";
import type { SharedProps } from "../contract";

/** Config props of `gr.Markdown`. */
export interface MarkdownProps extends SharedProps {
  /** Right-to-left text. @defaultValue false */
  rtl?: boolean;
  /** Delimiters of LaTeX to render with KaTeX. @defaultValue [{left: "$$", right: "$$", display: true}] */
  latex_delimiters?: LatexDelimiter[] | null;
  /** Run the HTML sanitiser (security G9). @defaultValue true */
  sanitize_html?: boolean;
  /** Single newlines become line breaks. @defaultValue false */
  line_breaks?: boolean;
  /** Headings get anchor links. @defaultValue false */
  header_links?: boolean;
  /** Fixed height (px or CSS length); the content scrolls. @defaultValue null */
  height?: number | string | null;
  /** Maximum height (px or CSS length). @defaultValue null */
  max_height?: number | string | null;
  /** Minimum height (px or CSS length). @defaultValue null */
  min_height?: number | string | null;
  /** `["copy"]` adds a button copying the Markdown source. @defaultValue [] */
  buttons?: string[] | null;
  /** Draw the bordered container. @defaultValue false */
  container?: boolean;
  /** Pad the content. @defaultValue false */
  padding?: boolean;
}
