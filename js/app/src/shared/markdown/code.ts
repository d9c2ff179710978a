/**
 * Fenced code blocks: detection (to decide whether highlight.js is worth loading) and the
 * HTML each block becomes: `<div class="code_wrap">` with a copy button and `<pre><code>`.
 */
import { CHECK_ICON, COPY_ICON } from "./icons";

/** Colours source code; returns HTML, or null when the language is unknown. */
export type Highlighter = (code: string, language: string) => string | null;

const FENCE_OPEN = /^ {0,3}(```|~~~)/m;

/** True when the text contains a fenced code block (the only code that gets coloured). */
export function hasCodeBlock(text: string): boolean {
  return FENCE_OPEN.test(text);
}

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** The HTML of one fenced block, coloured when a highlighter knows its language. */
export function codeBlockHtml(
  code: string,
  info: string | undefined,
  highlight: Highlighter | null,
): string {
  const language = (info ?? "").trim().split(/\s+/)[0] ?? "";
  const coloured = language && highlight ? highlight(code, language) : null;
  const body = coloured ?? escapeHtml(code);
  const lang_class = language ? ` class="hljs language-${escapeHtml(language)}"` : "";
  return (
    '<div class="code_wrap">' +
    '<button type="button" class="copy_code_button" title="copy" aria-label="Copy code">' +
    `<span class="copy-text">${COPY_ICON}</span><span class="check">${CHECK_ICON}</span>` +
    "</button>" +
    `<pre><code${lang_class}>${body}</code></pre></div>`
  );
}
