/**
 * gr.Code's pure logic: which highlight.js grammar a Gradio language name uses, the
 * coloured HTML cut into one string per line (so each line sits beside its number), the
 * box height in lines, and the file name of a download.
 */
import { escapeHtml, type Highlighter } from "../../shared/markdown/code";

/** Gradio language names whose highlight.js grammar has another name. */
const GRAMMARS: Record<string, string> = {
  html: "xml",
  shell: "bash",
  jinja2: "django",
};

/** The highlight.js grammar for a `gr.Code.languages` name (`"sql-pgSQL"` → `"sql"`). */
export function grammarFor(language: string | null | undefined): string | null {
  if (!language) return null;
  if (language.startsWith("sql")) return "sql";
  return GRAMMARS[language] ?? language;
}

/** The code as HTML, one entry per line; plain escaped text when there is no highlighter. */
export function highlightedLines(
  code: string,
  language: string | null | undefined,
  highlight: Highlighter | null,
): string[] {
  const grammar = grammarFor(language);
  const html = (grammar && highlight ? highlight(code, grammar) : null) ?? escapeHtml(code);
  return splitHtmlLines(html);
}

const TOKEN = /(<span[^>]*>|<\/span>|\n)/;

/**
 * Cut highlighted HTML at newlines, closing the spans still open at the end of a line and
 * reopening them on the next, e.g. `<span class="s">"a\nb"</span>` →
 * `['<span class="s">"a</span>', '<span class="s">b"</span>']`.
 */
export function splitHtmlLines(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let line = "";
  for (const part of html.split(TOKEN)) {
    if (part === "\n") {
      lines.push(line + "</span>".repeat(open.length));
      line = open.join("");
    } else if (part.startsWith("<span")) {
      open.push(part);
      line += part;
    } else if (part === "</span>") {
      open.pop();
      line += part;
    } else {
      line += part;
    }
  }
  lines.push(line);
  return lines;
}

/** How many lines the box shows: at least `lines`, at most `max_lines` (then it scrolls). */
export function visibleLines(count: number, lines: number, max_lines: number | null | undefined): number {
  const at_least = Math.max(count, lines);
  return max_lines ? Math.min(at_least, Math.max(max_lines, lines)) : at_least;
}

/** Width of the line-number gutter in `ch`: the digits of the last number plus room. */
export function gutterWidth(count: number): number {
  return String(Math.max(count, 1)).length + 2;
}

const EXTENSIONS: Record<string, string> = {
  python: "py",
  c: "c",
  cpp: "cpp",
  markdown: "md",
  latex: "tex",
  json: "json",
  html: "html",
  css: "css",
  javascript: "js",
  jinja2: "jinja2",
  typescript: "ts",
  yaml: "yaml",
  dockerfile: "dockerfile",
  shell: "sh",
  r: "r",
};

/** The name a downloaded file gets, e.g. `file.py` for Python (SQL dialects: `file.sql`). */
export function downloadName(language: string | null | undefined): string {
  const grammar = language?.startsWith("sql") ? "sql" : null;
  const extension = grammar ?? (language ? EXTENSIONS[language] : undefined) ?? "txt";
  return `file.${extension}`;
}
