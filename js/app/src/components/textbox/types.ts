import type { SharedProps } from "../contract";

/** Config props of `gr.Textbox`. */
export interface TextboxProps extends SharedProps {
  /** Input kind: free text (a textarea), a masked password or an e-mail field. @defaultValue "text" */
  type?: "text" | "password" | "email";
  /** Visible lines of the textarea. @defaultValue 1 */
  lines?: number;
  /** Lines the textarea may grow to before scrolling; null: `max(lines, 20)`. @defaultValue null */
  max_lines?: number | null;
  /** Hint shown while empty. @defaultValue null */
  placeholder?: string | null;
  /** Focus the box when the page loads. @defaultValue false */
  autofocus?: boolean;
  /** Keep an updated output scrolled to its end. @defaultValue true */
  autoscroll?: boolean;
  /** Text alignment. @defaultValue null */
  text_align?: "left" | "right" | null;
  /** Right-to-left text. @defaultValue false */
  rtl?: boolean;
  /** Extra buttons; `"copy"` adds a copy button. @defaultValue [] */
  buttons?: unknown[];
  /** Maximum number of characters. @defaultValue null */
  max_length?: number | null;
  /** Submit button: true for an icon, a string for its text, false for none. @defaultValue false */
  submit_btn?: string | boolean | null;
  /** Stop button (fires `stop`): true for an icon, a string for its text. @defaultValue false */
  stop_btn?: string | boolean | null;
  /** Extra HTML attributes of the input (`autocorrect`, `spellcheck`, ...). @defaultValue null */
  html_attributes?: Record<string, string | boolean | number | null> | null;
}
