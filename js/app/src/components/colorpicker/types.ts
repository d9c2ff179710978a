import type { SharedProps } from "../contract";

/** Config props of `gr.ColorPicker` (only the shared ones; the value is a colour string). */
export type ColorPickerProps = SharedProps;
