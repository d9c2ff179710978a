/** Props every layout container receives from `Render.svelte`. */
import type { LayoutNode } from "@radiogram/client";
import type { Snippet } from "svelte";
import type { AppContext } from "../app/context.js";

export interface LayoutProps {
  /** The container's component id. */
  id: number;
  /** Its config props. */
  props: Record<string, unknown>;
  /** Its children in the layout tree. */
  items: LayoutNode[];
  app: AppContext;
  /** Renders one child. */
  child: Snippet<[LayoutNode]>;
}

/** CSS length from a number (px) or a string. */
export function css_size(value: unknown): string | null {
  if (typeof value === "number") return `${value}px`;
  if (typeof value === "string" && value) return value;
  return null;
}

/** Inline style from name → value pairs, skipping empty values. */
export function style_of(pairs: Record<string, string | number | null | undefined>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => `${k}: ${v}`)
    .join("; ");
}

/** Classes a container's `elem_classes` adds. */
export function extra_classes(props: Record<string, unknown>): string[] {
  return Array.isArray(props.elem_classes) ? (props.elem_classes as string[]) : [];
}
