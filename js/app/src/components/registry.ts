/**
 * Component type → lazy loader. Each `components/<type>/<Type>.svelte` becomes its own chunk;
 * a new component folder needs no edit here.
 */
import type { Component } from "svelte";

export type AnyComponent = Component<any>;
export type Loader = () => Promise<{ default: AnyComponent }>;

const modules = import.meta.glob<{ default: AnyComponent }>("./*/*.svelte");

/** Map of config `type` (e.g. "textbox") to the loader of its view. */
export const registry: Record<string, Loader> = build_registry(modules);

/**
 * Keep only `./<type>/<Type>.svelte` files: the folder name is the type and the file name
 * is the folder name with any capitalisation (`./json/JSON.svelte`, `./textbox/Textbox.svelte`).
 */
export function build_registry(found: Record<string, Loader>): Record<string, Loader> {
  const out: Record<string, Loader> = {};
  for (const [path, loader] of Object.entries(found)) {
    const match = /^\.\/([^/]+)\/([^/]+)\.svelte$/.exec(path);
    if (!match) continue;
    const [, folder, file] = match;
    if (folder && file && folder.toLowerCase() === file.toLowerCase()) out[folder] = loader;
  }
  return out;
}

/** The loader for a config type, or undefined when no component of that type exists. */
export function load_component(type: string): Loader | undefined {
  return registry[type];
}
