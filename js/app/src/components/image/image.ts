/** Pure logic of gr.Image: sizes, corner buttons, click coordinates. */

/** A `height`/`width` prop as a CSS length: numbers are pixels, strings pass through. */
export function cssLength(v: number | string | null | undefined): string | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  return typeof v === "number" ? `${v}px` : v;
}

/** Which corner buttons to show; Gradio's default (`buttons=None`) is download + fullscreen. */
export function cornerButtons(buttons: readonly unknown[] | null | undefined): { download: boolean; fullscreen: boolean } {
  if (buttons === null || buttons === undefined) return { download: true, fullscreen: true };
  return { download: buttons.includes("download"), fullscreen: buttons.includes("fullscreen") };
}

/**
 * The pixel of the natural image under a click on the displayed (scaled, `object-fit:
 * contain`) image: `[x, y]` rounded down, or null when the click falls on the letterbox.
 */
export function imageCoordinates(
  click: { x: number; y: number },
  box: { width: number; height: number },
  natural: { width: number; height: number },
): [number, number] | null {
  if (natural.width === 0 || natural.height === 0 || box.width === 0 || box.height === 0) return null;
  const scale = Math.min(box.width / natural.width, box.height / natural.height);
  const shown_w = natural.width * scale;
  const shown_h = natural.height * scale;
  const x = (click.x - (box.width - shown_w) / 2) / scale;
  const y = (click.y - (box.height - shown_h) / 2) / scale;
  if (x < 0 || y < 0 || x >= natural.width || y >= natural.height) return null;
  return [Math.floor(x), Math.floor(y)];
}
