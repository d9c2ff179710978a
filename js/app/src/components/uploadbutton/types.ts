import type { FileData, SharedProps } from "../contract";

/** Config props of `gr.UploadButton` (its `label` is the button text, its value the files). */
export interface UploadButtonProps extends SharedProps {
  /** Colour scheme. @defaultValue "secondary" */
  variant?: "primary" | "secondary" | "stop";
  /** Padding and text size. @defaultValue "lg" */
  size?: "sm" | "md" | "lg";
  /** Image shown before the text: a FileData from the server, or a URL. @defaultValue null */
  icon?: FileData | string | null;
  /** One file, several, or every file of a picked folder. @defaultValue "single" */
  file_count?: "single" | "multiple" | "directory";
  /** Offered types: categories (`"image"`, `"text"`, ...) or extensions (`".pdf"`). @defaultValue null */
  file_types?: string[] | null;
  /** What the server passes the function (not used by the page). @defaultValue "filepath" */
  type?: "filepath" | "binary";
}
