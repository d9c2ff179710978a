/** Markdown component helpers: props → renderer options, size styles. */
import type { LatexDelimiter, MarkdownOptions } from "../../shared/markdown";
import type { MarkdownProps } from "./types";

/** Gradio's default for `gr.Markdown(latex_delimiters=None)`: display math between `$$`. */
export const DEFAULT_DELIMITERS: LatexDelimiter[] = [{ left: "$$", right: "$$", display: true }];

/** The renderer options a Markdown component's props ask for. */
export function markdownOptions(props: MarkdownProps): MarkdownOptions {
  return {
    sanitize: props.sanitize_html !== false,
    latex_delimiters: props.latex_delimiters ?? DEFAULT_DELIMITERS,
    line_breaks: props.line_breaks ?? false,
    header_links: props.header_links ?? false,
  };
}

/** A CSS length: numbers are pixels, strings pass through. */
export function cssLength(value: number | string): string {
  return typeof value === "number" ? `${value}px` : value;
}

/** Inline style for `height`/`max_height`/`min_height`; scrolls when bounded. */
export function sizeStyle(props: Pick<MarkdownProps, "height" | "max_height" | "min_height">): string {
  const parts: string[] = [];
  if (props.height != null) parts.push(`height: ${cssLength(props.height)}`);
  if (props.max_height != null) parts.push(`max-height: ${cssLength(props.max_height)}`);
  if (props.min_height != null) parts.push(`min-height: ${cssLength(props.min_height)}`);
  if (props.height != null || props.max_height != null) parts.push("overflow-y: auto");
  return parts.join("; ");
}

/**
 * Renders that finish out of order must not show stale HTML: each render takes a ticket and
 * only the newest one may write.
 */
export class LatestOnly {
  #issued = 0;

  /** A ticket for a render about to start. */
  take(): number {
    this.#issued += 1;
    return this.#issued;
  }

  /** Whether the render holding `ticket` is still the newest. */
  isLatest(ticket: number): boolean {
    return ticket === this.#issued;
  }
}
