/**
 * Turn rendered template text into DOM nodes, sanitised by default (security G9).
 *
 * The allowlist is the one Markdown uses (no scripts, event handlers, `javascript:` URLs,
 * `<style>`, `<link>`, `<iframe>`, `srcdoc`, SVG `foreignObject`). A developer who trusts
 * every value the component can show opts out per component with `sanitize_html=False`,
 * Gradio's keyword for the same switch on Markdown and Chatbot (on `gr.HTML` it travels as
 * an extra prop).
 */
import createDOMPurify, { type DOMPurify } from "dompurify";
import { FORBIDDEN_ATTRS, FORBIDDEN_TAGS } from "../../shared/markdown/sanitize";

let purify: DOMPurify | null = null;

/** Parse `html` into a fragment; drop anything unsafe unless `sanitize` is false. */
export function to_fragment(html: string, sanitize: boolean): DocumentFragment {
  if (!sanitize) {
    const template = document.createElement("template");
    template.innerHTML = html;
    return template.content;
  }
  // Our own instance: hooks other components add to the shared one do not apply here.
  purify ??= createDOMPurify(window);
  return purify.sanitize(html, {
    USE_PROFILES: { html: true, svg: true, mathMl: true },
    FORBID_TAGS: FORBIDDEN_TAGS,
    FORBID_ATTR: FORBIDDEN_ATTRS,
    RETURN_DOM_FRAGMENT: true,
  });
}
