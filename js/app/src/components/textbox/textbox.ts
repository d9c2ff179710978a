/** Textbox behaviour that does not need the DOM: Enter handling, sizing, selection data. */

/** Which kind of key press submits the box. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  isComposing?: boolean;
}

/**
 * Whether a key press submits: Enter in a one-line box; Shift+Enter in a multi-line one
 * (plain Enter there inserts a newline). Never while an IME composition is open.
 */
export function submitsOn(press: KeyPress, lines: number): boolean {
  if (press.key !== "Enter" || press.isComposing) return false;
  return lines > 1 ? press.shiftKey : !press.shiftKey;
}

/** Effective maximum number of lines: `max_lines`, or at least `lines` and at most 20. */
export function maxLines(lines: number, max_lines: number | null | undefined): number {
  return Math.max(lines, max_lines ?? Math.max(lines, 20));
}

/**
 * Height in px for a textarea whose content needs `content_px`: at least `lines` rows, at most
 * `max_lines` rows (then it scrolls). `padding_px` is the vertical padding of the box.
 */
export function textareaHeight(
  content_px: number,
  line_px: number,
  padding_px: number,
  lines: number,
  max_lines: number,
): { height: number; scroll: boolean } {
  const min = lines * line_px + padding_px;
  const max = max_lines * line_px + padding_px;
  const wanted = Math.max(content_px, min);
  return { height: Math.min(wanted, max), scroll: wanted > max };
}

/** The `select` event data for a text selection: `{index: [start, end], value: text}`. */
export function selectionData(
  text: string,
  start: number,
  end: number,
): { index: [number, number]; value: string } {
  return { index: [start, end], value: text.slice(start, end) };
}

/** Text of the submit/stop button, or null for the icon (true) and none (false/null). */
export function buttonText(setting: string | boolean | null | undefined): string | null {
  return typeof setting === "string" && setting !== "" ? setting : null;
}

/** Whether the submit/stop button is shown at all. */
export function hasButton(setting: string | boolean | null | undefined): boolean {
  return setting === true || (typeof setting === "string" && setting !== "");
}
