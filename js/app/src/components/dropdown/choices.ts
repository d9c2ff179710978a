/**
 * Choices as the config sends them for Dropdown, Radio and friends: `[label, value]` pairs
 * (the Python side turns a bare `"a"` into `["a", "a"]`). Values may be strings or numbers.
 */

/** A config value: what the server gets back when the choice is picked. */
export type ChoiceValue = string | number;

/** One choice: `[label shown, value sent]`. */
export type Choice = [string, ChoiceValue];

/** Accept pairs and, defensively, bare values; always return pairs. */
export function normalizeChoices(raw: readonly unknown[] | null | undefined): Choice[] {
  return (raw ?? []).map((item): Choice => {
    if (Array.isArray(item)) {
      const [label, value] = item as [unknown, unknown];
      return [String(label), as_value(value ?? label)];
    }
    return [String(item), as_value(item)];
  });
}

/** Index of the choice carrying `value`, or -1. */
export function indexOfValue(choices: readonly Choice[], value: unknown): number {
  return choices.findIndex(([, v]) => v === value);
}

/** The label shown for `value`: its choice's label, the value itself if custom, or "". */
export function labelOf(choices: readonly Choice[], value: unknown): string {
  if (value === null || value === undefined) return "";
  const index = indexOfValue(choices, value);
  return index >= 0 ? (choices[index]?.[0] ?? "") : String(value);
}

function as_value(value: unknown): ChoiceValue {
  return typeof value === "number" ? value : String(value);
}
