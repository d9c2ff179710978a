import type { FileData, SharedProps } from "../contract";

/** One annotation as `gr.AnnotatedImage` sends it: a coloured, see-through PNG and its label. */
export interface Annotation {
  /** The mask image (colour where the annotation is, opacity from the mask). */
  image: FileData;
  /** The annotation's label. */
  label: string;
}

/** The value of `gr.AnnotatedImage`: the base image and its annotations. */
export type AnnotatedImageValue = { image: FileData; annotations: Annotation[] } | null;

/** Config props of `gr.AnnotatedImage`. */
export interface AnnotatedImageProps extends SharedProps {
  /** Format the server saves arrays and PIL images in. @defaultValue "webp" */
  format?: string;
  /** Show the legend of labels under the image. @defaultValue true */
  show_legend?: boolean;
  /** Height of the image (px number or CSS length). @defaultValue null */
  height?: number | string | null;
  /** Width of the image (px number or CSS length). @defaultValue null */
  width?: number | string | null;
  /** Label → hex colour; other labels get a hue each. @defaultValue null */
  color_map?: Record<string, string> | null;
  /** Corner buttons (`"fullscreen"`). @defaultValue ["fullscreen"] */
  buttons?: unknown[] | null;
  /** Set by the server when a `select` listener exists. @defaultValue false */
  _selectable?: boolean;
}
