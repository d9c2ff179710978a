/**
 * Applying an event's output values to the page (protocol §6.6): a plain value replaces the
 * component's value; `{"__type__": "update", ...}` changes props (and the value when it has
 * one); `{"__type__": "update"}` alone (`gr.skip()`) leaves the component as it is.
 */

export interface Update {
  __type__: "update";
  [prop: string]: unknown;
}

export function is_update(value: unknown): value is Update {
  return value !== null && typeof value === "object" && (value as { __type__?: unknown }).__type__ === "update";
}

/** What one output does to its component. */
export interface OutputChange {
  /** The new value, when the output sets one. */
  value?: unknown;
  /** Props to change (without `value`), possibly empty. */
  props: Record<string, unknown>;
}

/** Split one output into a value and prop changes. */
export function output_change(output: unknown): OutputChange {
  if (!is_update(output)) return { value: output, props: {} };
  const { __type__: _, ...rest } = output;
  if ("value" in rest) {
    const { value, ...props } = rest;
    return { value, props };
  }
  return { props: rest };
}

/** Whether two wire values differ (they are JSON, so JSON text decides). */
export function differs(a: unknown, b: unknown): boolean {
  if (a === b) return false;
  return JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
}

/**
 * Match a `js=` function's result to `count` slots: several slots take an array, one slot
 * takes the value itself (an array of length one is read as that one slot's list).
 */
export function spread(result: unknown, count: number): unknown[] {
  if (count === 1) return Array.isArray(result) && result.length === 1 ? result : [result];
  if (Array.isArray(result)) return result;
  return [result];
}
