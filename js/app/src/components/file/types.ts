import type { SharedProps } from "../contract";

/** Config props of `gr.File`. */
export interface FileProps extends SharedProps {
  /** One file, several, or every file of a picked folder. @defaultValue "single" */
  file_count?: "single" | "multiple" | "directory";
  /** Allowed types: categories (`"image"`, `"audio"`, `"video"`, `"text"`) or extensions (`".pdf"`). @defaultValue null */
  file_types?: string[] | null;
  /** Height of the file list (px number or CSS length). @defaultValue null */
  height?: number | string | null;
  /** Let the user drag rows to reorder multiple files. @defaultValue false */
  allow_reordering?: boolean;
  /** Extra buttons (custom `gr.Button`s are shown by the app). @defaultValue null */
  buttons?: unknown[] | null;
}
