/** Slider arithmetic: clamping, snapping to the step grid without float noise, progress. */

/** `value` limited to `[minimum, maximum]`. */
export function clamp(value: number, minimum: number, maximum: number): number {
  return Math.min(Math.max(value, minimum), maximum);
}

/** Number of decimals written in `n`: `0.25` → 2, `1e-3` → 3, `5` → 0. */
export function decimals(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const [mantissa = "", exponent] = String(n).toLowerCase().split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

/**
 * The nearest point of the grid `minimum + k * step`, clamped to the range and rounded to
 * the decimals of step and minimum (so `0.1 + 0.2` shows as `0.3`).
 */
export function snap(
  value: number,
  minimum: number,
  maximum: number,
  step: number,
  precision: number | null = null,
): number {
  const places = precision ?? Math.max(decimals(step), decimals(minimum));
  const k = step > 0 ? Math.round((value - minimum) / step) : 0;
  const snapped = step > 0 ? minimum + k * step : value;
  return Number(clamp(snapped, minimum, maximum).toFixed(Math.min(places, 100)));
}

/** How far along the range `value` is, in percent (for the filled part of the track). */
export function percent(value: number, minimum: number, maximum: number): number {
  if (maximum <= minimum) return 0;
  return ((clamp(value, minimum, maximum) - minimum) / (maximum - minimum)) * 100;
}

/** Whether the reset button shows: by default, or when `buttons` lists "reset". */
export function showsReset(buttons: readonly string[] | null | undefined): boolean {
  return buttons === null || buttons === undefined || buttons.includes("reset");
}
