/** Checkbox behaviour without the DOM: the `select` event payload. */

/**
 * The `select` data of a checkbox toggle: the label as the value and whether it is now
 * ticked, `{index: 0, value: label, selected: checked}`.
 */
export function checkboxSelectData(
  label: string | null | undefined,
  checked: boolean,
): { index: number; value: string | null; selected: boolean } {
  return { index: 0, value: label ?? null, selected: checked };
}
