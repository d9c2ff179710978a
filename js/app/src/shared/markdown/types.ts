/** Types of the shared Markdown renderer (used by Markdown, Chatbot and anything showing prose). */

/** One pair of LaTeX delimiters, as the Python `latex_delimiters` list sends it. */
export interface LatexDelimiter {
  /** Opening delimiter, e.g. `"$$"` or `"\\("`. */
  left: string;
  /** Closing delimiter, e.g. `"$$"` or `"\\)"`. */
  right: string;
  /** Render as a centred block (true) or inline with the text (false). */
  display: boolean;
}

/** How {@link renderMarkdown} turns Markdown into HTML. */
export interface MarkdownOptions {
  /** Run the allowlist sanitiser on the result (security G9). @defaultValue true */
  sanitize?: boolean;
  /** Delimiters that mark LaTeX to render with KaTeX; empty: no math. @defaultValue [] */
  latex_delimiters?: LatexDelimiter[];
  /** Turn single newlines into `<br>` (GitHub-comment style). @defaultValue false */
  line_breaks?: boolean;
  /** Give headings an id and a `#` anchor link. @defaultValue false */
  header_links?: boolean;
  /** Colour fenced code blocks with highlight.js. @defaultValue true */
  highlight?: boolean;
  /** Tags shown as text: `true` every non-standard tag, or a list of names. @defaultValue false */
  allow_tags?: boolean | string[];
}
