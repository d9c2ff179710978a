/** What the runtime talks to: the server (Backend) and the page (View). */
import type { DependencyConfig, GradioMessage, RenderConfig } from "@radiogram/client";
import type { LoadingStatus } from "../components/contract.js";

/** A running event: its messages, and a way to stop it. */
export interface RunningJob extends AsyncIterable<GradioMessage> {
  cancel(): Promise<void>;
  /** The next chunk of a streaming-input event (`.stream()` listeners). */
  send_chunk?(data: unknown[], event_data: unknown): void;
  /** End a streaming-input event. */
  close_stream?(): void;
}

/** How the runtime starts events on the server (the JS client in the app). */
export interface Backend {
  submit(fn_index: number, data: unknown[], event_data: unknown, trigger_id: number | null): RunningJob;
  /** Make listeners created by a `gr.render` run callable (they are not in the config). */
  add_dependencies?(dependencies: DependencyConfig[]): void;
}

/** A toast: `gr.Error`, `gr.Warning`, `gr.Info`. */
export interface Toast {
  level: "error" | "warning" | "info" | "success";
  title: string;
  message: string;
  /** Seconds before it hides itself; null keeps it until closed. */
  duration: number | null;
  visible: boolean;
}

/** How the runtime reads and changes the page. */
export interface View {
  /** The component's current value (null for unknown ids). */
  value(id: number): unknown;
  /** The component's config type, e.g. "textbox". */
  type(id: number): string | undefined;
  /** The component's current props. */
  props(id: number): Record<string, unknown> | undefined;
  set_value(id: number, value: unknown): void;
  update_props(id: number, props: Record<string, unknown>): void;
  set_status(id: number, status: LoadingStatus | null): void;
  toast(toast: Toast): void;
  /** Add a `gr.render` sub-tree. */
  render?(config: RenderConfig): void;
}

/** Why a dependency ran: the component whose event fired, and the event's data. */
export interface Trigger {
  trigger_id: number | null;
  event_data: unknown;
}

/** How a dependency run ended, for `.then` / `.success` / `.failure`. */
export type Outcome = "success" | "failure" | "cancelled";

export type { DependencyConfig };
