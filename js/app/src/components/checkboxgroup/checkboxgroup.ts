/** CheckboxGroup behaviour without the DOM: toggling, "select all", the `select` payload. */
import type { Choice, ChoiceValue } from "../dropdown/choices";

/**
 * The value after the user toggles `choice`: removed if ticked, else appended at the end.
 * Ticks keep the order they were made in, as Gradio's page does: with `["a"]` ticked,
 * ticking "c" then "b" gives `["a", "c", "b"]`.
 */
export function toggleChoice(value: readonly ChoiceValue[], choice: ChoiceValue): ChoiceValue[] {
  return value.includes(choice) ? value.filter((v) => v !== choice) : [...value, choice];
}

/** How much of the group is ticked, for the "select all" box (`"some"` draws it indeterminate). */
export function selectAllState(choices: readonly Choice[], value: readonly ChoiceValue[]): "all" | "some" | "none" {
  const ticked = choices.filter(([, v]) => value.includes(v)).length;
  if (ticked === 0) return "none";
  return ticked === choices.length ? "all" : "some";
}

/** The value after the "select all" box is clicked: everything (in choice order), or nothing once all is ticked. */
export function toggleAll(choices: readonly Choice[], value: readonly ChoiceValue[]): ChoiceValue[] {
  return selectAllState(choices, value) === "all" ? [] : choices.map(([, v]) => v);
}

/** The `select` data of one toggle: `{index, value, selected}` (selected: ticked now). */
export function checkboxGroupSelectData(
  choices: readonly Choice[],
  index: number,
  selected: boolean,
): { index: number; value: ChoiceValue | undefined; selected: boolean } {
  return { index, value: choices[index]?.[1], selected };
}
