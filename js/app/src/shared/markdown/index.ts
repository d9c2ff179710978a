/**
 * The shared Markdown renderer. Import from here:
 *
 * ```ts
 * import { renderMarkdown, handleCodeCopy } from "../../shared/markdown";
 * const html = await renderMarkdown(text, { latex_delimiters, line_breaks: true });
 * ```
 *
 * Put the HTML inside an element with class `prose` (styles in `prose.css`, loaded with this
 * module) and call `handleCodeCopy(element)` once to make code-block copy buttons work.
 */
import "./prose.css";

export { handleCodeCopy } from "./copy";
export { hasMath } from "./math";
export { renderMarkdown } from "./render";
export type { LatexDelimiter, MarkdownOptions } from "./types";
