import type { SharedProps } from "../contract";

/** Config props of `gr.DateTime`. */
export interface DateTimeProps extends SharedProps {
  /** Offer a time of day as well as a date. @defaultValue true */
  include_time?: boolean;
  /** What the server's function receives (the page always sends text). @defaultValue "timestamp" */
  type?: "timestamp" | "datetime" | "string";
  /** IANA time zone the server reads the text in (null: the server's). @defaultValue null */
  timezone?: string | null;
}
