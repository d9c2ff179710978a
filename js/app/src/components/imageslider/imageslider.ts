/** Pure logic of gr.ImageSlider: where the divider is, from the pointer or the keyboard. */

/** A position (percent from the left) kept within 0..100; NaN becomes 50. */
export function clampPosition(position: number): number {
  if (Number.isNaN(position)) return 50;
  return Math.min(100, Math.max(0, position));
}

/** The divider position under a pointer at `clientX` over a box starting at `left`. */
export function positionFromPointer(clientX: number, box: { left: number; width: number }): number {
  if (box.width <= 0) return 50;
  return clampPosition(((clientX - box.left) / box.width) * 100);
}

/**
 * The position after a key press, or null for keys the divider ignores: arrows move it by
 * 1 (10 with Shift), Page Up/Down by 10, Home/End to the edges.
 */
export function positionAfterKey(position: number, key: string, shift = false): number | null {
  const step = shift ? 10 : 1;
  switch (key) {
    case "ArrowLeft":
    case "ArrowDown":
      return clampPosition(position - step);
    case "ArrowRight":
    case "ArrowUp":
      return clampPosition(position + step);
    case "PageDown":
      return clampPosition(position - 10);
    case "PageUp":
      return clampPosition(position + 10);
    case "Home":
      return 0;
    case "End":
      return 100;
    default:
      return null;
  }
}

/** The pair after the user put `file` in `slot` (0: left/before, 1: right/after). */
export function withImage<T>(pair: [T | null, T | null] | null, slot: 0 | 1, file: T | null): [T | null, T | null] {
  const next: [T | null, T | null] = pair ? [pair[0], pair[1]] : [null, null];
  next[slot] = file;
  return next;
}
