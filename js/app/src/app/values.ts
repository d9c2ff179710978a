/**
 * The values Gradio's front end holds when the config or an event gives none, so an untouched
 * component reaches the function as Gradio's would: an empty Textbox as `""` (always, also
 * after an event set it to None), a Number without a value as `0` (only at start; a Number an
 * event cleared stays `null`).
 */

/** Values a component starts with when its config has no `value`. */
const INITIAL: Record<string, unknown> = { textbox: "", number: 0 };

/** Values that replace `null` whenever it is set. */
const NOT_NULL: Record<string, unknown> = { textbox: "" };

/** The value a component of `type` starts with, given its config's `value` (maybe absent). */
export function initial_value(type: string, value: unknown): unknown {
  return value ?? INITIAL[type] ?? null;
}

/** The value a component of `type` holds when an event sets it to `value`. */
export function settled_value(type: string | undefined, value: unknown): unknown {
  if (value !== null && value !== undefined) return value;
  return (type !== undefined ? NOT_NULL[type] : undefined) ?? null;
}
