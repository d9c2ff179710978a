import type { SharedProps } from "../contract";

/** Config props of `gr.Dropdown`. */
export interface DropdownProps extends SharedProps {
  /** The options as `[label, value]` pairs. @defaultValue [] */
  choices?: [string, string | number][];
  /** Whether the server gets the value or the index (the front end always sends the value). @defaultValue "value" */
  type?: "value" | "index";
  /** Pick several values (the value is then a list). @defaultValue false */
  multiselect?: boolean | null;
  /** Accept typed text that is not one of the choices. @defaultValue false */
  allow_custom_value?: boolean;
  /** Most values a multiselect accepts. @defaultValue null */
  max_choices?: number | null;
  /** Let typing filter the options. @defaultValue true */
  filterable?: boolean;
  /** Options listed before scrolling (informational). @defaultValue 100 */
  num_choices_shown?: number;
  /** Extra buttons (not drawn). @defaultValue [] */
  buttons?: unknown[];
}
