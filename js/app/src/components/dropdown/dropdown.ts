/** Dropdown behaviour without the DOM: filtering, keyboard movement, multiselect toggling. */
import { indexOfValue, type Choice, type ChoiceValue } from "./choices";

/**
 * Indices of the choices to list for what the user typed: all of them when the box shows the
 * current selection (or nothing), otherwise those whose label contains the text, ignoring case.
 */
export function filterChoices(
  choices: readonly Choice[],
  typed: string,
  filterable: boolean,
  selected_label: string,
): number[] {
  const all = choices.map((_, i) => i);
  if (!filterable || typed === "" || typed === selected_label) return all;
  const needle = typed.toLowerCase();
  return all.filter((i) => choices[i]?.[0].toLowerCase().includes(needle));
}

/** Move the highlighted option by `delta` within `count` options, wrapping around. */
export function moveActive(active: number | null, delta: number, count: number): number | null {
  if (count === 0) return null;
  if (active === null) return delta > 0 ? 0 : count - 1;
  return (((active + delta) % count) + count) % count;
}

/** The value of the choice whose label is exactly `typed`, or undefined. */
export function valueForLabel(choices: readonly Choice[], typed: string): ChoiceValue | undefined {
  return choices.find(([label]) => label === typed)?.[1];
}

/**
 * What a typed text commits to when the box loses focus or Enter is pressed without a
 * highlighted option: a choice with that label, the text itself when custom values are
 * allowed, or `undefined` (keep the previous value).
 */
export function commitTyped(
  choices: readonly Choice[],
  typed: string,
  allow_custom_value: boolean,
): ChoiceValue | undefined {
  const known = valueForLabel(choices, typed);
  if (known !== undefined) return known;
  return allow_custom_value && typed !== "" ? typed : undefined;
}

/** The result of toggling one value in a multiselect. */
export interface Toggle {
  values: ChoiceValue[];
  /** True when added, false when removed, null when refused (max_choices reached). */
  selected: boolean | null;
}

/** Add `value` if absent (unless `max_choices` is reached) or remove it if present. */
export function toggleValue(
  values: readonly ChoiceValue[],
  value: ChoiceValue,
  max_choices: number | null | undefined,
): Toggle {
  if (values.includes(value)) return { values: values.filter((v) => v !== value), selected: false };
  if (max_choices != null && values.length >= max_choices) return { values: [...values], selected: null };
  return { values: [...values, value], selected: true };
}

/** The `select` event data Gradio sends: `{index, value, selected}` (index -1 for custom). */
export function selectData(
  choices: readonly Choice[],
  value: ChoiceValue,
  selected: boolean,
): { index: number; value: ChoiceValue; selected: boolean } {
  return { index: indexOfValue(choices, value), value, selected };
}

/** The value as a list (multiselect values arrive as arrays; tolerate a bare value or null). */
export function asList(value: unknown): ChoiceValue[] {
  if (value === null || value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => (typeof v === "number" ? v : String(v)));
}
