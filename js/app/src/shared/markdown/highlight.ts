/** highlight.js with its common languages and our colour theme: a chunk of its own. */
import hljs from "highlight.js/lib/common";
import type { Highlighter } from "./code";
import "./code-theme.css";

/** Colour `code` as `language`; null when highlight.js does not know the language. */
export const highlight: Highlighter = (code, language) =>
  hljs.getLanguage(language)
    ? hljs.highlight(code, { language, ignoreIllegals: true }).value
    : null;
