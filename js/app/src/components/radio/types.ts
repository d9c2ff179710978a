import type { SharedProps } from "../contract";

/** Config props of `gr.Radio`. */
export interface RadioProps extends SharedProps {
  /** The options as `[label, value]` pairs. @defaultValue [] */
  choices?: [string, string | number][];
  /** Whether the server gets the value or the index (the front end always sends the value). @defaultValue "value" */
  type?: "value" | "index";
  /** Right-to-left labels. @defaultValue false */
  rtl?: boolean;
  /** Extra buttons (not drawn). @defaultValue [] */
  buttons?: unknown[];
}
