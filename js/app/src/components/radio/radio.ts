/** Radio behaviour without the DOM: the `select` event payload and keyboard movement. */
import { indexOfValue, type Choice, type ChoiceValue } from "../dropdown/choices";

/** The `select` data the browser sends for a radio pick: `{value, index}` (protocol §5). */
export function radioSelectData(
  choices: readonly Choice[],
  value: ChoiceValue,
): { value: ChoiceValue; index: number } {
  return { value, index: indexOfValue(choices, value) };
}

/** The test id Gradio gives each option's label: `"<label>-radio-label"`. */
export function optionTestId(label: string): string {
  return `${label}-radio-label`;
}
