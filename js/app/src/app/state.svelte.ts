/**
 * The page's reactive state: every component's type, props, value and status, the layout
 * tree and the toasts. It is the runtime's View; Svelte views read it directly.
 */
import type { ComponentConfig, Config, DependencyConfig, LayoutNode, RenderConfig } from "@radiogram/client";
import type { LoadingStatus } from "../components/contract.js";
import type { Toast, View } from "../runtime/types.js";
import type { UploadProgress } from "../shared/upload/progress.js";
import { translate_props } from "../runtime/i18n.js";
import { resolve_interactive, stream_settings } from "./interactive.js";
import { initial_value, settled_value } from "./values.js";

export interface Entry {
  id: number;
  type: string;
  props: Record<string, unknown>;
  value: unknown;
  status: LoadingStatus | null;
  /** The render (`gr.render` id) that created it, if any. */
  rendered_in: number | null;
}

export interface ToastItem extends Toast {
  id: number;
}

export class AppState implements View {
  nodes: Record<number, Entry> = $state({});
  layout: LayoutNode = $state({ id: 0 });
  toasts: ToastItem[] = $state([]);
  /** Files each component is uploading right now, by component id. */
  uploads: Record<number, UploadProgress> = $state({});
  #dependencies: DependencyConfig[];
  #next_toast = 0;

  constructor(config: Config) {
    this.#dependencies = [...config.dependencies];
    this.#add_components(config.components);
    this.layout = config.layout ?? { id: 0, children: [] };
  }

  value(id: number): unknown {
    return $state.snapshot(this.nodes[id]?.value ?? null);
  }
  type(id: number): string | undefined {
    return this.nodes[id]?.type;
  }
  props(id: number): Record<string, unknown> | undefined {
    return this.nodes[id]?.props;
  }
  set_value(id: number, value: unknown): void {
    const entry = this.nodes[id];
    if (entry) entry.value = settled_value(entry.type, value);
  }
  update_props(id: number, props: Record<string, unknown>): void {
    const entry = this.nodes[id];
    if (entry) Object.assign(entry.props, translate_props(props));
  }
  set_status(id: number, status: LoadingStatus | null): void {
    const entry = this.nodes[id];
    if (entry) entry.status = status;
  }

  toast(toast: Toast): void {
    if (!toast.visible) return;
    const item = { ...toast, id: this.#next_toast++ };
    this.toasts.push(item);
    if (toast.duration !== null && toast.duration > 0) {
      setTimeout(() => this.close_toast(item.id), toast.duration * 1000);
    }
  }

  close_toast(id: number): void {
    this.toasts = this.toasts.filter((t) => t.id !== id);
  }

  /** Put a `gr.render` result in place of the previous one. */
  render(config: RenderConfig): void {
    const previous = new Map<unknown, Entry>();
    for (const c of Object.values(this.nodes)) {
      const key = c.props.key;
      if (c.rendered_in === config.render_id && key !== null && key !== undefined) previous.set(key, c);
    }
    this.#dependencies.push(...config.dependencies);
    this.#add_components(config.components);
    for (const c of config.components) this.#preserve(this.nodes[c.id], previous);
    replace_subtree(this.layout, config.layout);
  }

  /** A re-rendered component with the key of an old one keeps its `preserved_by_key` props. */
  #preserve(entry: Entry | undefined, previous: Map<unknown, Entry>): void {
    const old = entry ? previous.get(entry.props.key) : undefined;
    if (!entry || !old || old === entry) return;
    const names = Array.isArray(entry.props.preserved_by_key) ? (entry.props.preserved_by_key as string[]) : [];
    for (const name of names) {
      if (name === "value") entry.value = $state.snapshot(old.value);
      else if (name in old.props) entry.props[name] = old.props[name];
    }
  }

  #add_components(components: ComponentConfig[]): void {
    for (const c of components) {
      const props = {
        ...translate_props(c.props),
        interactive: resolve_interactive(c.id, c.props.interactive, this.#dependencies),
        ...stream_settings(c.id, this.#dependencies),
      };
      const rendered_in = c.rendered_in ?? null;
      this.nodes[c.id] = { id: c.id, type: c.type, props, value: initial_value(c.type, c.props.value), status: null, rendered_in };
    }
  }
}

function replace_subtree(tree: LayoutNode, replacement: LayoutNode): boolean {
  if (tree.id === replacement.id) {
    tree.children = replacement.children ?? [];
    return true;
  }
  return (tree.children ?? []).some((child) => replace_subtree(child, replacement));
}
