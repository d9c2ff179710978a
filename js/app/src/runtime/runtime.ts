/**
 * The app runtime: turns component events into dependency runs and their results into page
 * changes. Pure TS over two interfaces (Backend: the server, View: the page), so the event
 * logic is tested without a browser or a server.
 *
 * A run (protocol §3.4, §6): cancel what `cancels` names; read the inputs; run `js=` first
 * (its result replaces the inputs, or is the output when there is no backend function);
 * send the rest to the server and apply each `data` message to the outputs; show status and
 * toasts; then start the `.then` / `.success` / `.failure` followers, client side.
 */
import type { DependencyConfig, GradioMessage, RenderConfig, StatusMessage } from "@radiogram/client";
import { TriggerGate } from "./gate.js";
import { DependencyGraph } from "./graph.js";
import { run_js } from "./js_fn.js";
import { differs, output_change, spread } from "./outputs.js";
import { next_status, started } from "./status.js";
import { Timers } from "./timers.js";
import type { Backend, Outcome, RunningJob, Trigger, View } from "./types.js";

export class Runtime {
  readonly graph: DependencyGraph;
  #gate = new TriggerGate<Trigger>();
  #jobs = new Map<number, Set<RunningJob>>();
  /** The open event of each streaming-input dependency (`connection: "stream"`). */
  #streams = new Map<number, RunningJob>();
  #timers: Timers;
  /** Called with every run's promise (tests await them). */
  on_run: ((run: Promise<Outcome>) => void) | null = null;

  constructor(
    dependencies: DependencyConfig[],
    private readonly backend: Backend,
    private readonly view: View,
    private readonly clock: () => number = () => Date.now(),
  ) {
    this.graph = new DependencyGraph(dependencies);
    this.#timers = new Timers((id) => this.trigger(id, "tick"));
  }

  /**
   * Start the app: timers for every `timer` component, then the `load` events, which
   * target the root block (id 0 only when the app was the first built in its process).
   */
  start(component_ids: number[], root_id = 0): void {
    for (const id of component_ids) this.#watch_timer(id);
    this.trigger(root_id, "load");
  }

  /** Stop timers and running events (the page is going away). */
  stop(): void {
    this.#timers.stop_all();
    for (const jobs of this.#jobs.values()) for (const job of jobs) void job.cancel();
  }

  /**
   * A component fired `event` (e.g. "click", "change", "select" with its data). A
   * streaming source fires "stream" for each chunk: the first starts the event, the next
   * ones go to it while it is open; "close_stream" ends it (protocol §6.10).
   */
  trigger(id: number, event: string, event_data?: unknown): void {
    if (event === "close_stream") {
      for (const dep of this.graph.for_trigger(id, "stream")) this.#streams.get(dep.id)?.close_stream?.();
      return;
    }
    for (const dep of this.graph.for_trigger(id, event)) {
      const open = this.#streams.get(dep.id);
      if (open?.send_chunk) open.send_chunk(this.#inputs(dep), event_data ?? null);
      else this.#schedule(dep, { trigger_id: id, event_data });
    }
  }

  /** Cancel the running events of these dependencies. */
  async cancel(dep_ids: number[]): Promise<void> {
    const stops: Promise<void>[] = [];
    for (const id of dep_ids) {
      this.#gate.forget(id);
      for (const job of this.#jobs.get(id) ?? []) stops.push(job.cancel().catch(() => undefined));
    }
    await Promise.all(stops);
  }

  /** A `timer` component's props changed: restart or stop it. */
  #watch_timer(id: number): void {
    if (this.view.type(id) !== "timer") return;
    this.#timers.configure(id, this.view.value(id), this.view.props(id)?.active);
  }

  #schedule(dep: DependencyConfig, trigger: Trigger): void {
    if (!this.#gate.admit(dep, trigger)) return;
    const run = this.#run(dep, trigger);
    this.on_run?.(run);
  }

  async #run(dep: DependencyConfig, trigger: Trigger): Promise<Outcome> {
    let outcome: Outcome;
    try {
      outcome = await this.#execute(dep, trigger);
    } catch (error) {
      this.view.toast({ level: "error", title: "Error", message: String(error instanceof Error ? error.message : error), duration: 10, visible: true });
      outcome = "failure";
    }
    const next = this.#gate.release(dep);
    for (const follower of this.graph.followers(dep.id)) {
      // Gradio 6.31's page runs only `.failure` steps after an error: not `.then` ones.
      if (!follower.trigger_only_on_failure && outcome === "failure") continue;
      if (follower.trigger_only_on_failure && outcome !== "failure") continue;
      const trigger_id = outcome === "cancelled" ? null : trigger.trigger_id;
      this.#schedule(follower, { trigger_id, event_data: null });
    }
    if (next) this.#schedule(dep, next);
    return outcome;
  }

  async #execute(dep: DependencyConfig, trigger: Trigger): Promise<Outcome> {
    if (dep.cancels.length > 0) await this.cancel(dep.cancels);
    let inputs = this.#inputs(dep);
    if (dep.js) {
      const result = await run_js(dep.js, inputs);
      if (!dep.backend_fn) {
        this.#apply(dep, spread(result, dep.outputs.length));
        return "success";
      }
      if (dep.inputs.length > 0) inputs = spread(result, dep.inputs.length);
    }
    if (!dep.backend_fn || dep.types.cancel) return "success";
    return this.#call_backend(dep, trigger, inputs);
  }

  #inputs(dep: DependencyConfig): unknown[] {
    return dep.inputs.map((id) => (is_state(this.view.type(id)) ? null : this.view.value(id)));
  }

  async #call_backend(dep: DependencyConfig, trigger: Trigger, inputs: unknown[]): Promise<Outcome> {
    const job = this.backend.submit(dep.id, inputs, trigger.event_data, trigger.trigger_id);
    if (dep.connection === "stream") this.#streams.set(dep.id, job);
    const jobs = this.#jobs.get(dep.id) ?? new Set();
    jobs.add(job);
    this.#jobs.set(dep.id, jobs);
    const shown = dep.show_progress_on ?? dep.outputs;
    // Each streamed value restarts the clock, so the time shown is since the last one.
    let started_at = this.clock();
    let status = started(dep.show_progress);
    for (const id of shown) this.view.set_status(id, status);
    let outcome: Outcome = "success";
    try {
      for await (const message of job) {
        if (message.type === "status") {
          if (message.stage === "generating") started_at = this.clock();
          const next = next_status(status, message, started_at, this.clock());
          for (const id of shown) this.view.set_status(id, next);
          if (next) status = next;
          outcome = this.#on_status(message, outcome);
        } else this.#on_message(dep, message);
      }
    } finally {
      jobs.delete(job);
      if (this.#streams.get(dep.id) === job) this.#streams.delete(dep.id);
    }
    return outcome;
  }

  #on_status(message: StatusMessage, outcome: Outcome): Outcome {
    if (message.stage === "error") {
      if (message.visible !== false) {
        this.view.toast({
          level: "error",
          title: message.title ?? "Error",
          message: message.message ?? "",
          duration: message.duration ?? 10,
          visible: true,
        });
      }
      return "failure";
    }
    if (message.stage === "complete") {
      for (const id of message.changed_state_ids ?? []) this.trigger(id, "change");
      return message.cancelled ? "cancelled" : outcome;
    }
    return outcome;
  }

  #on_message(dep: DependencyConfig, message: GradioMessage): void {
    if (message.type === "log") {
      const title = message.title ?? (message.level === "warning" ? "Warning" : "Info");
      this.view.toast({ level: message.level, title, message: message.log, duration: message.duration, visible: message.visible });
    } else if (message.type === "data") {
      if (message.render_config) this.#render(message.render_config);
      this.#apply(dep, message.data);
    }
  }

  #render(config: RenderConfig): void {
    const old = new Set(this.graph.all().filter((d) => d.rendered_in === config.render_id).map((d) => d.id));
    this.graph.remove(old);
    this.view.render?.(config);
    this.graph.add(config.dependencies);
    this.backend.add_dependencies?.(config.dependencies);
    for (const c of config.components) this.#watch_timer(c.id);
  }

  /** Put an event's output values on the page; fire `change` where a value changed. */
  #apply(dep: DependencyConfig, data: unknown[]): void {
    dep.outputs.forEach((id, i) => {
      if (i >= data.length) return;
      const change = output_change(data[i]);
      const type = this.view.type(id);
      if (Object.keys(change.props).length > 0) this.view.update_props(id, change.props);
      const sets_value = "value" in change && !is_state(type);
      const changed = sets_value && differs(this.view.value(id), change.value);
      if (sets_value) this.view.set_value(id, change.value);
      if (type === "timer" && (sets_value || "active" in change.props)) this.#watch_timer(id);
      if (changed) this.trigger(id, "change");
    });
  }
}

/** State values live on the server: the page sends null for them and never shows them. */
function is_state(type: string | undefined): boolean {
  return type === "state";
}
