import type { FileData, SharedProps } from "../contract";

/** Config props of `gr.DownloadButton` (its `label` is the button text, its value the file). */
export interface DownloadButtonProps extends SharedProps {
  /** Colour scheme. @defaultValue "secondary" */
  variant?: "primary" | "secondary" | "stop";
  /** Padding and text size. @defaultValue "lg" */
  size?: "sm" | "md" | "lg";
  /** Image shown before the text: a FileData from the server, or a URL. @defaultValue null */
  icon?: FileData | string | null;
}
