/**
 * The allowlist sanitiser (security G9): DOMPurify with its HTML, SVG and MathML profiles,
 * minus everything that can run code or restyle the page.
 */
import type { Config, DOMPurify } from "dompurify";

/** Tags never kept, even though DOMPurify's default profiles would. */
export const FORBIDDEN_TAGS = [
  "script",
  "style",
  "link",
  "meta",
  "base",
  "iframe",
  "frame",
  "object",
  "embed",
  "form",
  "foreignObject",
];

/** Attributes never kept (DOMPurify already drops every `on*` handler). */
export const FORBIDDEN_ATTRS = ["srcdoc", "formaction", "action", "xlink:href"];

const CONFIG: Config = {
  USE_PROFILES: { html: true, svg: true, mathMl: true },
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: FORBIDDEN_ATTRS,
  ADD_ATTR: ["target"],
};

let configured: DOMPurify | null = null;

/** Clean `html` with `purify`, making external links open safely in a new tab. */
export function sanitizeHtml(html: string, purify: DOMPurify): string {
  if (configured !== purify) {
    purify.addHook("afterSanitizeAttributes", mark_external_link);
    configured = purify;
  }
  return purify.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}

function mark_external_link(node: Element): void {
  if (node.tagName !== "A") return;
  const href = node.getAttribute("href") ?? "";
  if (/^https?:\/\//i.test(href)) {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  } else if (node.getAttribute("target") === "_blank") {
    node.setAttribute("rel", "noopener noreferrer");
  }
}
