import type { FileData, SharedProps } from "../contract";

/** The wire value of `gr.MultimodalTextbox`. */
export interface MultimodalValue {
  /** The typed text. */
  text: string;
  /** Attached, already uploaded files. */
  files: FileData[];
}

/** Config props of `gr.MultimodalTextbox`. */
export interface MultimodalTextboxProps extends SharedProps {
  /** Where attachments come from. @defaultValue ["upload"] */
  sources?: ("upload" | "microphone")[] | "upload" | "microphone" | null;
  /** One attachment or several (or a folder). @defaultValue "single" */
  file_count?: "single" | "multiple" | "directory";
  /** Allowed attachment types (categories or extensions). @defaultValue null */
  file_types?: string[] | null;
  /** Visible lines. @defaultValue 1 */
  lines?: number;
  /** Lines the box grows to before scrolling. @defaultValue 20 */
  max_lines?: number;
  /** Hint shown while empty. @defaultValue null */
  placeholder?: string | null;
  /** Focus on load. @defaultValue false */
  autofocus?: boolean;
  /** Right-to-left text. @defaultValue false */
  rtl?: boolean;
  /** Text alignment. @defaultValue null */
  text_align?: "left" | "right" | null;
  /** Submit button: true for an icon, a string for its text, false for none. @defaultValue true */
  submit_btn?: string | boolean | null;
  /** Stop button (fires `stop`). @defaultValue false */
  stop_btn?: string | boolean | null;
  /** Longer pasted text becomes a .txt attachment. @defaultValue 1000 */
  max_plain_text_length?: number;
}
