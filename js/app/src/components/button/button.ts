/** Button helpers without the DOM: class names, icon URL, inline layout style. */
import type { FileData } from "../contract";

/** The classes Gradio's buttons carry: size then variant, e.g. `"lg primary"`. */
export function buttonClasses(
  size: string | null | undefined,
  variant: string | null | undefined,
  elem_classes: readonly string[] = [],
): string {
  return [size ?? "lg", variant ?? "secondary", ...elem_classes].join(" ");
}

/** The icon's URL: a plain string as is, a FileData through the app's `file_url`. */
export function iconUrl(
  icon: FileData | string | null | undefined,
  file_url: (data: FileData) => string,
): string | null {
  if (!icon) return null;
  return typeof icon === "string" ? icon : file_url(icon);
}

/** `flex-grow`/`min-width` for a button inside a row (scale 0 keeps it at its natural width). */
export function buttonStyle(scale: number | null | undefined, min_width: number | null | undefined): string {
  const parts: string[] = [];
  if (scale !== null && scale !== undefined) parts.push(`flex-grow: ${scale}`, `width: ${scale === 0 ? "fit-content" : "100%"}`);
  if (min_width) parts.push(`min-width: min(${min_width}px, 100%)`);
  return parts.join("; ");
}

/** `rel` for a link button: safe for new windows, nothing for same-window links. */
export function linkRel(target: string | null | undefined): string | undefined {
  return target === "_blank" ? "noopener noreferrer" : undefined;
}
