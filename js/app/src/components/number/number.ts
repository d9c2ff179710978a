/** Number box behaviour: reading what the user typed, range checks. */

/** The number in an input's text, or null when it is empty or not a number yet ("-", "1e"). */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : null;
}

/** Whether `value` lies outside `[minimum, maximum]` (either bound may be absent). */
export function outOfRange(
  value: number | null,
  minimum: number | null | undefined,
  maximum: number | null | undefined,
): boolean {
  if (value === null) return false;
  return (minimum != null && value < minimum) || (maximum != null && value > maximum);
}
