/** KaTeX and its stylesheet (with fonts, served by the app): a chunk of its own. */
import katex from "katex";
import "katex/dist/katex.min.css";

/** Render one formula to HTML; bad LaTeX shows as red source instead of throwing. */
export function renderTex(tex: string, display: boolean): string {
  return katex.renderToString(tex, { displayMode: display, throwOnError: false, trust: false });
}
