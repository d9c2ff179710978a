/**
 * Whether a component is editable when the app did not say (`interactive=None`): inputs of
 * some event are, components only written by events are not, unused ones are.
 */
import type { DependencyConfig } from "@radiogram/client";

export function resolve_interactive(
  id: number,
  interactive: unknown,
  dependencies: DependencyConfig[],
): boolean {
  if (typeof interactive === "boolean") return interactive;
  let is_input = false;
  let is_output = false;
  for (const dep of dependencies) {
    if (dep.inputs.includes(id)) is_input = true;
    if (dep.outputs.includes(id)) is_output = true;
  }
  return is_input || !is_output;
}
