import type { SharedProps } from "../contract";

/** The config `props` of a `gr.HTML` (and of every subclass, such as a StarRating). */
export interface HTMLProps extends SharedProps {
  /** HTML template: JS template literal `${...}` and Handlebars `{{...}}`. @defaultValue "${value}" */
  html_template?: string;
  /** CSS template, same syntax, scoped to this instance. @defaultValue "" */
  css_template?: string;
  /** Code run once per mount with `element`, `trigger`, `props`, `upload` and `watch` in scope. */
  js_on_load?: string | null;
  /** Give the content Gradio's default prose styling. @defaultValue true */
  apply_default_css?: boolean;
  /** Padding around the content. @defaultValue false */
  padding?: boolean;
  /** Keep the view scrolled to the bottom when the content grows. @defaultValue false */
  autoscroll?: boolean;
  /** Minimum height in pixels. @defaultValue null */
  min_height?: number | string | null;
  /** Maximum height in pixels; the content scrolls beyond it. @defaultValue null */
  max_height?: number | string | null;
  /** Extra keyword arguments of the Python constructor, in scope in the templates. @defaultValue {} */
  props?: Record<string, unknown>;
  /** Python class name (`HTML`, `StarRating`, ...), shown in template error messages. */
  component_class_name?: string;
}
