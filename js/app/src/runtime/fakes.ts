/** Test doubles for the runtime: a scripted backend and an in-memory page. */
import type { DependencyConfig, GradioMessage } from "@radiogram/client";
import type { LoadingStatus } from "../components/contract.js";
import type { Backend, RunningJob, Toast, View } from "./types.js";

export interface Call {
  fn_index: number;
  data: unknown[];
  event_data: unknown;
  trigger_id: number | null;
  cancelled: boolean;
}

/** A job whose messages the test pushes by hand. */
export class ScriptedJob implements RunningJob {
  #messages: GradioMessage[] = [];
  #wake: (() => void) | null = null;
  #ended = false;
  /** Chunks sent to it as a streaming-input event, and whether it was closed. */
  chunks: unknown[][] = [];
  closed = false;

  constructor(readonly call: Call) {}

  send_chunk(data: unknown[]): void {
    this.chunks.push(data);
  }

  close_stream(): void {
    this.closed = true;
  }

  push(message: Partial<GradioMessage> & { type: GradioMessage["type"] }): void {
    this.#messages.push({ endpoint: "", fn_index: this.call.fn_index, time: new Date(), queue: true, event_data: null, ...message } as unknown as GradioMessage);
    this.#wake?.();
  }

  /** Finish with data then a complete status. */
  succeed(...data: unknown[]): void {
    this.push({ type: "data", data } as GradioMessage);
    this.end({ type: "status", stage: "complete", success: true } as GradioMessage);
  }

  fail(message: string): void {
    this.end({ type: "status", stage: "error", success: false, message, title: "Error" } as GradioMessage);
  }

  end(last?: GradioMessage): void {
    if (last) this.push(last);
    this.#ended = true;
    this.#wake?.();
  }

  async cancel(): Promise<void> {
    this.call.cancelled = true;
    this.end({ type: "status", stage: "complete", success: true, cancelled: true } as GradioMessage);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<GradioMessage> {
    for (;;) {
      const message = this.#messages.shift();
      if (message) {
        yield message;
        continue;
      }
      if (this.#ended) return;
      await new Promise<void>((resolve) => (this.#wake = resolve));
      this.#wake = null;
    }
  }
}

export class FakeBackend implements Backend {
  jobs: ScriptedJob[] = [];

  submit(fn_index: number, data: unknown[], event_data: unknown, trigger_id: number | null): ScriptedJob {
    const job = new ScriptedJob({ fn_index, data, event_data, trigger_id, cancelled: false });
    this.jobs.push(job);
    return job;
  }

  /** The jobs started for one dependency. */
  of(fn_index: number): ScriptedJob[] {
    return this.jobs.filter((j) => j.call.fn_index === fn_index);
  }
}

export class FakeView implements View {
  values = new Map<number, unknown>();
  types = new Map<number, string>();
  prop_map = new Map<number, Record<string, unknown>>();
  statuses = new Map<number, (LoadingStatus | null)[]>();
  toasts: Toast[] = [];

  constructor(components: { id: number; type: string; value?: unknown; props?: Record<string, unknown> }[]) {
    for (const c of components) {
      this.types.set(c.id, c.type);
      this.values.set(c.id, c.value ?? null);
      this.prop_map.set(c.id, c.props ?? {});
    }
  }
  value(id: number): unknown {
    return this.values.get(id) ?? null;
  }
  type(id: number): string | undefined {
    return this.types.get(id);
  }
  props(id: number): Record<string, unknown> | undefined {
    return this.prop_map.get(id);
  }
  set_value(id: number, value: unknown): void {
    this.values.set(id, value);
  }
  update_props(id: number, props: Record<string, unknown>): void {
    this.prop_map.set(id, { ...this.prop_map.get(id), ...props });
  }
  set_status(id: number, status: LoadingStatus | null): void {
    this.statuses.set(id, [...(this.statuses.get(id) ?? []), status]);
  }
  toast(toast: Toast): void {
    this.toasts.push(toast);
  }
}

/** A dependency with Gradio's defaults, overridden where a test cares. */
export function dep(fields: Partial<DependencyConfig> & Pick<DependencyConfig, "id">): DependencyConfig {
  return {
    targets: [],
    inputs: [],
    outputs: [],
    backend_fn: true,
    js: null,
    queue: true,
    api_name: null,
    show_progress: "full",
    cancels: [],
    types: { generator: false, cancel: false },
    trigger_after: null,
    trigger_only_on_success: false,
    trigger_only_on_failure: false,
    trigger_mode: "once",
    ...fields,
  };
}

/** Let pending promise callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}
