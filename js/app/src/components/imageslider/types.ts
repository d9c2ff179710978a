import type { FileData, SharedProps } from "../contract";

/** The value of `gr.ImageSlider`: the two images (either may be missing). */
export type SliderValue = [FileData | null, FileData | null] | null;

/** Config props of `gr.ImageSlider`. */
export interface ImageSliderProps extends SharedProps {
  /** Format the server saves outputs in. @defaultValue "webp" */
  format?: string;
  /** Height of the images (px number or CSS length). @defaultValue null */
  height?: number | string | null;
  /** Width of the images (px number or CSS length). @defaultValue null */
  width?: number | string | null;
  /** Corner buttons: `"download"`, `"fullscreen"`. @defaultValue ["download", "fullscreen"] */
  buttons?: unknown[] | null;
  /** Where the divider starts, in percent from the left. @defaultValue 50 */
  slider_position?: number;
  /** Largest height of the images in pixels. @defaultValue 500 */
  max_height?: number;
  /** Set by the server when a `select` listener exists. @defaultValue false */
  _selectable?: boolean;
}
