/**
 * Colour arithmetic for the picker, without the DOM: HSV (what the picker's square and hue
 * bar edit) to and from hex (what the server receives), and the three text forms the
 * picker's field shows ("#0a141e", "rgb(10, 20, 30)", "hsl(210, 50%, 8%)").
 */

/** Hue in degrees [0, 360), saturation and value in [0, 1]. */
export interface Hsv {
  h: number;
  s: number;
  v: number;
}

/** Red, green, blue in [0, 255] (not rounded). */
export type Rgb = [number, number, number];

/** The text form shown in the picker's field. */
export type ColorMode = "hex" | "rgb" | "hsl";

export function hsvToRgb({ h, s, v }: Hsv): Rgb {
  // Each channel sits on the hue wheel at its own offset: f(n) = v - v·s·max(0, min(k, 4-k, 1)).
  const channel = (n: number): number => {
    const k = (n + h / 60) % 6;
    return 255 * (v - v * s * Math.max(0, Math.min(k, 4 - k, 1)));
  };
  return [channel(5), channel(3), channel(1)];
}

export function rgbToHsv([r, g, b]: Rgb): Hsv {
  const [red, green, blue] = [r / 255, g / 255, b / 255];
  const max = Math.max(red, green, blue);
  const delta = max - Math.min(red, green, blue);
  let h = 0;
  if (delta > 0) {
    if (max === red) h = 60 * (((green - blue) / delta) % 6);
    else if (max === green) h = 60 * ((blue - red) / delta + 2);
    else h = 60 * ((red - green) / delta + 4);
  }
  return { h: (h + 360) % 360, s: max === 0 ? 0 : delta / max, v: max };
}

/** `[255, 0, 16]` → `"#ff0010"` (rounded, lower case, as the server receives it). */
export function rgbToHex(rgb: Rgb): string {
  return "#" + rgb.map((c) => Math.round(clamp(c, 0, 255)).toString(16).padStart(2, "0")).join("");
}

export function hsvToHex(hsv: Hsv): string {
  return rgbToHex(hsvToRgb(hsv));
}

/**
 * A colour typed or sent in hex, `rgb()`/`rgba()` or `hsl()`/`hsla()` form, as RGB;
 * null when it is none of these (named colours need the browser: see the view).
 */
export function parseColor(text: string | null | undefined): Rgb | null {
  const input = (text ?? "").trim().toLowerCase();
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(input)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex.slice(0, 6);
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
  }
  const call = /^(rgba?|hsla?)\(([^)]*)\)$/.exec(input);
  if (!call) return null;
  const parts = (call[2] ?? "").split(/[\s,/]+/).filter(Boolean).slice(0, 3);
  if (parts.length < 3) return null;
  const numbers = parts.map((p) => parseFloat(p));
  if (numbers.some((n) => Number.isNaN(n))) return null;
  const [a, b, c] = numbers as [number, number, number];
  if (call[1]?.startsWith("rgb")) {
    const scale = (p: string, n: number): number => (p.endsWith("%") ? (n / 100) * 255 : n);
    return [scale(parts[0]!, a), scale(parts[1]!, b), scale(parts[2]!, c)].map((n) => clamp(n, 0, 255)) as Rgb;
  }
  return hslToRgb(a, clamp(b, 0, 100) / 100, clamp(c, 0, 100) / 100);
}

/** The colour in the field's text form for `mode`; the input unchanged if it cannot be read. */
export function formatColor(color: string | null | undefined, mode: ColorMode): string {
  const rgb = parseColor(color);
  if (!rgb) return color ?? "";
  if (mode === "hex") return rgbToHex(rgb);
  const [r, g, b] = rgb.map(Math.round) as Rgb;
  if (mode === "rgb") return `rgb(${r}, ${g}, ${b})`;
  const [h, s, l] = rgbToHsl(rgb);
  return `hsl(${Math.round(h)}, ${Math.round(s * 100)}%, ${Math.round(l * 100)}%)`;
}

/** Where a pointer at `offset` px along a `size`-px bar falls, as a fraction in [0, 1]. */
export function fraction(offset: number, size: number): number {
  return size > 0 ? clamp(offset / size, 0, 1) : 0;
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number): number => {
    const k = (n + h / 30) % 12;
    return 255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return [channel(0), channel(8), channel(4)];
}

function rgbToHsl(rgb: Rgb): [number, number, number] {
  const { h, s, v } = rgbToHsv(rgb);
  const l = v * (1 - s / 2);
  return [h, l === 0 || l === 1 ? 0 : (v - l) / Math.min(l, 1 - l), l];
}

function clamp(n: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, n));
}
