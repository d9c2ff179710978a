import type { FileData, SharedProps } from "../contract";

/** A text part of a message. */
export interface TextPart {
  type: "text";
  text: string;
}

/** A file part of a message (image, audio, video or any file). */
export interface FilePart {
  type: "file";
  file: FileData;
  alt_text?: string | null;
}

/** A Gradio component shown inside a message (`gr.Image(...)` as content). */
export interface ComponentPart {
  type: "component";
  component: string;
  value: unknown;
  constructor_args?: Record<string, unknown>;
  props?: Record<string, unknown>;
}

export type ContentPart = TextPart | FilePart | ComponentPart;

/** `metadata` of a message: a titled, foldable thought or tool call. */
export interface Metadata {
  title?: string;
  id?: number | string;
  parent_id?: number | string;
  log?: string;
  duration?: number;
  status?: "pending" | "done";
}

/** One option button under a message (`options`). */
export interface OptionItem {
  value: string;
  label?: string;
}

/** One message on the wire (Gradio 6 messages format). */
export interface Message {
  role: "user" | "assistant" | "system" | string;
  metadata?: Metadata | null;
  content: ContentPart[] | string;
  options?: OptionItem[] | null;
}

/** An example shown while the chat is empty. */
export interface ExampleMessage {
  text?: string;
  display_text?: string | null;
  icon?: FileData | string | null;
  files?: (FileData | string)[];
}

/** Config props of `gr.Chatbot`. */
export interface ChatbotProps extends SharedProps {
  /** Keep the newest message in view. @defaultValue true */
  autoscroll?: boolean;
  /** Height of the chat area (px number or CSS length). @defaultValue 400 */
  height?: number | string | null;
  /** Maximum height. @defaultValue null */
  max_height?: number | string | null;
  /** Minimum height. @defaultValue null */
  min_height?: number | string | null;
  /** Let the user resize the chat area. @defaultValue false */
  resizable?: boolean;
  /** Which messages the user may edit. @defaultValue null */
  editable?: "user" | "all" | null;
  /** LaTeX delimiters to render with KaTeX. @defaultValue [{"left": "$$", "right": "$$", "display": true}] */
  latex_delimiters?: { left: string; right: string; display: boolean }[];
  /** Right-to-left text. @defaultValue false */
  rtl?: boolean;
  /** Buttons: `"copy"` (per message), `"copy_all"`, `"share"`. @defaultValue null */
  buttons?: unknown[] | null;
  /** Text added after a blank line to whatever is copied. @defaultValue null */
  watermark?: string | null;
  /** Avatar images `[user, assistant]`. @defaultValue null */
  avatar_images?: [FileData | string | null, FileData | string | null] | null;
  /** Sanitise rendered HTML. @defaultValue true */
  sanitize_html?: boolean;
  /** Render Markdown (else plain text). @defaultValue true */
  render_markdown?: boolean;
  /** Feedback buttons; `Like`/`Dislike` are thumbs, others go in a menu. @defaultValue ["Like", "Dislike"] */
  feedback_options?: string[] | null;
  /** Initial feedback per message. @defaultValue null */
  feedback_value?: (string | null)[] | null;
  /** Single newlines become line breaks. @defaultValue true */
  line_breaks?: boolean;
  /** Bubbles or full-width panels. @defaultValue null (bubble) */
  layout?: "panel" | "bubble" | null;
  /** Markdown shown while the chat is empty. @defaultValue null */
  placeholder?: string | null;
  /** Examples shown while the chat is empty. @defaultValue null */
  examples?: ExampleMessage[] | null;
  /** Show download links on files. @defaultValue true */
  allow_file_downloads?: boolean;
  /** Tags shown as literal text: `true` every non-standard tag, or a list of names. @defaultValue true */
  allow_tags?: boolean | string[];
  /** Merge consecutive messages of one role into one bubble. @defaultValue true */
  group_consecutive_messages?: boolean;
  /** Let assistant messages be liked. @defaultValue false */
  like_user_message?: boolean;
  /** Set by the server when a `like` listener exists. @defaultValue false */
  likeable?: boolean;
  /** Set by the server when a `retry` listener exists. @defaultValue false */
  _retryable?: boolean;
  /** Set by the server when an `undo` listener exists. @defaultValue false */
  _undoable?: boolean;
  /** Set by the server when a `select` listener exists. @defaultValue false */
  _selectable?: boolean;
}
