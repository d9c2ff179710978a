/** Which dependencies a component event triggers, and which follow a finished one. */
import type { DependencyConfig } from "@radiogram/client";

export class DependencyGraph {
  #by_trigger = new Map<string, DependencyConfig[]>();
  #followers = new Map<number, DependencyConfig[]>();
  #by_id = new Map<number, DependencyConfig>();

  constructor(dependencies: DependencyConfig[] = []) {
    this.add(dependencies);
  }

  /** Register more dependencies (a `gr.render` adds its own). */
  add(dependencies: DependencyConfig[]): void {
    for (const dep of dependencies) {
      this.#by_id.set(dep.id, dep);
      if (dep.trigger_after !== null && dep.trigger_after !== undefined) {
        push(this.#followers, dep.trigger_after, dep);
      }
      for (const [id, event] of dep.targets) {
        if (id !== null) push(this.#by_trigger, key(id, event), dep);
      }
    }
  }

  /** Forget dependencies (a `gr.render` re-ran and replaced them). */
  remove(ids: Set<number>): void {
    const keep = (deps: DependencyConfig[]): DependencyConfig[] => deps.filter((d) => !ids.has(d.id));
    for (const [k, deps] of this.#by_trigger) this.#by_trigger.set(k, keep(deps));
    for (const [k, deps] of this.#followers) this.#followers.set(k, keep(deps));
    for (const id of ids) this.#by_id.delete(id);
  }

  /** Dependencies listening to `event` on component `id`. */
  for_trigger(id: number, event: string): DependencyConfig[] {
    return this.#by_trigger.get(key(id, event)) ?? [];
  }

  /** Dependencies chained after `dep_id` with `.then` / `.success` / `.failure`. */
  followers(dep_id: number): DependencyConfig[] {
    return this.#followers.get(dep_id) ?? [];
  }

  get(id: number): DependencyConfig | undefined {
    return this.#by_id.get(id);
  }

  /** Every registered dependency. */
  all(): DependencyConfig[] {
    return [...this.#by_id.values()];
  }
}

function key(id: number, event: string): string {
  return `${id}:${event}`;
}

function push<K>(map: Map<K, DependencyConfig[]>, k: K, dep: DependencyConfig): void {
  const list = map.get(k);
  if (list) list.push(dep);
  else map.set(k, [dep]);
}
