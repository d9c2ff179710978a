import type { FileData, SharedProps } from "../contract";

/** Config props of `gr.Button` (its `value` is the button text). */
export interface ButtonProps extends SharedProps {
  /** Colour scheme. @defaultValue "secondary" */
  variant?: "primary" | "secondary" | "stop" | "huggingface";
  /** Padding and text size. @defaultValue "lg" */
  size?: "sm" | "md" | "lg";
  /** Image shown before the text: a FileData from the server, or a URL. @defaultValue null */
  icon?: FileData | string | null;
  /** URL to open on click; the button is then drawn as a link. @defaultValue null */
  link?: string | null;
  /** Where the link opens. @defaultValue "_self" */
  link_target?: "_self" | "_blank" | "_parent" | "_top";
}
