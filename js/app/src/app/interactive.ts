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

/**
 * `stream_every` and `time_limit` of the `.stream()` listener on a component, which
 * Gradio's page hands to the streaming source as props (protocol §6.10); `{}` if none.
 */
export function stream_settings(
  id: number,
  dependencies: DependencyConfig[],
): { stream_every?: number; time_limit?: number | null } {
  const dep = dependencies.find((d) => d.connection === "stream" && d.targets.some(([t, e]) => t === id && e === "stream"));
  return dep ? { stream_every: dep.stream_every ?? 0.5, time_limit: dep.time_limit ?? null } : {};
}
