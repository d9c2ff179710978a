import type { SharedProps } from "../contract";

/** Config props of `gr.Checkbox`. */
export interface CheckboxProps extends SharedProps {
  /** Extra buttons (not drawn). @defaultValue [] */
  buttons?: unknown[];
}
