/**
 * Markdown → safe HTML. marked parses; KaTeX renders math and highlight.js colours code, each
 * loaded only when the text needs it; DOMPurify cleans the result last, so that nothing a
 * formula or a code block produced escapes the allowlist either.
 */
import type { Tokens } from "marked";
import { codeBlockHtml, hasCodeBlock, type Highlighter } from "./code";
import { escapeCustomTags } from "./custom-tags";
import { LINK_ICON } from "./icons";
import { extractMath } from "./math";
import { sanitizeHtml } from "./sanitize";
import { Slugger } from "./slug";
import type { MarkdownOptions } from "./types";

const load_marked = once(() => import("marked"));
const load_purify = once(() => import("dompurify").then((m) => m.default));
const load_katex = once(() => import("./katex").then((m) => m.renderTex));
const load_highlight = once(() => import("./highlight").then((m) => m.highlight));

/** Render Markdown text to HTML, sanitised unless `options.sanitize` is false. */
export async function renderMarkdown(text: string, options: MarkdownOptions = {}): Promise<string> {
  const { sanitize = true, latex_delimiters = [], highlight = true } = options;
  const prefix = `RG${Math.random().toString(36).slice(2, 10)}`;
  const math = extractMath(text, latex_delimiters, prefix);
  const [{ Marked }, render_tex, highlighter, purify] = await Promise.all([
    load_marked(),
    math.segments.length > 0 ? load_katex() : null,
    highlight && hasCodeBlock(text) ? load_highlight() : null,
    sanitize ? load_purify() : null,
  ]);
  const marked = new Marked({ gfm: true, breaks: options.line_breaks ?? false, async: false });
  marked.use({ renderer: renderers(highlighter, options.header_links ?? false) });
  let html = escapeCustomTags(marked.parse(math.text) as string, options.allow_tags);
  if (render_tex) {
    for (const segment of math.segments) {
      html = html.split(segment.placeholder).join(render_tex(segment.tex, segment.display));
    }
  }
  return purify ? sanitizeHtml(html, purify) : html;
}

type Renderers = {
  code(token: Tokens.Code): string;
  heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Heading): string;
};

function renderers(highlighter: Highlighter | null, header_links: boolean): Partial<Renderers> {
  const slugger = new Slugger();
  const out: Partial<Renderers> = {
    code: (token) => codeBlockHtml(token.text, token.lang, highlighter),
  };
  if (header_links) {
    out.heading = function (token) {
      const inner = this.parser.parseInline(token.tokens);
      const id = `h-${slugger.next(token.text)}`;
      const anchor = `<a class="md-header-anchor" href="#${id}" aria-label="Link to this section">${LINK_ICON}</a>`;
      return `<h${token.depth} id="${id}">${anchor}${inner}</h${token.depth}>\n`;
    };
  }
  return out;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
