/**
 * `trigger_mode`: what happens when a dependency is triggered while it is still running.
 * `once` ignores the new trigger, `multiple` runs it alongside, `always_last` keeps only the
 * latest trigger and runs it when the current run ends.
 */
import type { DependencyConfig } from "@radiogram/client";

export class TriggerGate<T> {
  #running = new Map<number, number>();
  #waiting = new Map<number, T>();

  /** True if the trigger may run now; otherwise it was dropped or kept for later. */
  admit(dep: DependencyConfig, trigger: T): boolean {
    if ((this.#running.get(dep.id) ?? 0) === 0 || dep.trigger_mode === "multiple") {
      this.#running.set(dep.id, (this.#running.get(dep.id) ?? 0) + 1);
      return true;
    }
    if (dep.trigger_mode === "always_last") this.#waiting.set(dep.id, trigger);
    return false;
  }

  /** A run ended; returns the trigger kept by `always_last`, to run next. */
  release(dep: DependencyConfig): T | undefined {
    this.#running.set(dep.id, Math.max(0, (this.#running.get(dep.id) ?? 0) - 1));
    const next = this.#waiting.get(dep.id);
    this.#waiting.delete(dep.id);
    return next;
  }

  /** Drop a kept trigger (the dependency was cancelled). */
  forget(dep_id: number): void {
    this.#waiting.delete(dep_id);
  }

  is_running(dep_id: number): boolean {
    return (this.#running.get(dep_id) ?? 0) > 0;
  }
}
