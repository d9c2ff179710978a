import type { SharedProps } from "../contract";

/** Config props of `gr.CheckboxGroup`. */
export interface CheckboxGroupProps extends SharedProps {
  /** The options as `[label, value]` pairs. @defaultValue [] */
  choices?: [string, string | number][];
  /** Whether the server gets the values or the indices (the front end always sends values). @defaultValue "value" */
  type?: "value" | "index";
  /** Put a tri-state "select all" box before the label. @defaultValue false */
  show_select_all?: boolean;
  /** Extra buttons (not drawn). @defaultValue [] */
  buttons?: unknown[];
}
