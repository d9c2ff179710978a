/**
 * Pure logic of gr.AnnotatedImage: the colour of each label and how masks look while a
 * legend entry is hovered.
 *
 * The server paints masks of labels missing from `color_map` red; the page turns each of
 * them to its own hue (label i of n: `i * 360 / n` degrees) with a CSS hue rotation, and
 * tints the legend entry with the same hue. Labels in `color_map` keep their colour, and
 * their legend entry shows it at about half opacity (`#rrggbb` + `88`).
 */

/** The hue (degrees) given to annotation `index` of `count`. */
export function labelHue(index: number, count: number): number {
  return count > 0 ? Math.round((index * 360) / count) : 0;
}

/** Background of a legend entry. */
export function legendColor(
  label: string,
  index: number,
  count: number,
  color_map: Record<string, string> | null | undefined,
): string {
  const mapped = color_map?.[label];
  if (mapped) return `${mapped}88`;
  return `hsla(${labelHue(index, count)}, 100%, 50%, 0.3)`;
}

/** CSS filter of a mask: a hue rotation for labels without a colour of their own. */
export function maskFilter(
  label: string,
  index: number,
  count: number,
  color_map: Record<string, string> | null | undefined,
): string | undefined {
  if (color_map?.[label]) return undefined;
  return `hue-rotate(${labelHue(index, count)}deg)`;
}

/**
 * How a mask shows while the legend entry `hovered` is pointed at: `"active"` for the
 * hovered label's masks, `"inactive"` (hidden) for the others, `"normal"` with no hover.
 */
export function maskState(label: string, hovered: string | null): "normal" | "active" | "inactive" {
  if (hovered === null) return "normal";
  return label === hovered ? "active" : "inactive";
}
