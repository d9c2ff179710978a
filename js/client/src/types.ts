/**
 * Wire types of the Gradio 6 protocol, with snake_case keys kept as on the wire
 * (docs/protocol.md §3, §4, §6).
 */

/** A file on the wire (§9.1). */
export interface FileData {
  path: string;
  url?: string | null;
  size?: number | null;
  orig_name?: string | null;
  mime_type?: string | null;
  is_stream?: boolean;
  meta?: { _type: "gradio.FileData" };
}

/** One node of the layout tree (§3.3). */
export interface LayoutNode {
  id: number;
  children?: LayoutNode[];
}

/** One entry of `config.components` (§3.2). */
export interface ComponentConfig {
  id: number;
  type: string;
  props: Record<string, unknown>;
  skip_api?: boolean;
  key?: string | number | null;
  api_info?: unknown;
  renderable?: number | null;
  rendered_in?: number | null;
}

/** Where a dependency is triggered from: `[component id, event name]`, id null for `.then`. */
export type Target = [number | null, string];

/** One entry of `config.dependencies` (§3.4). */
export interface DependencyConfig {
  id: number;
  targets: Target[];
  inputs: number[];
  outputs: number[];
  backend_fn: boolean;
  js: string | null;
  queue: boolean;
  api_name: string | null;
  api_visibility?: "public" | "undocumented" | "private";
  show_progress: "full" | "minimal" | "hidden";
  show_progress_on?: number[] | null;
  scroll_to_output?: boolean;
  batch?: boolean;
  cancels: number[];
  types: { generator: boolean; cancel: boolean };
  collects_event_data?: boolean;
  trigger_after: number | null;
  trigger_only_on_success: boolean;
  trigger_only_on_failure: boolean;
  trigger_mode: "once" | "multiple" | "always_last";
  render_id?: number | null;
  rendered_in?: number | null;
  connection?: string;
  time_limit?: number | null;
  stream_every?: number;
  event_specific_args?: string[] | null;
}

/** The app config (§3.1); only the keys the clients read are typed. */
export interface Config {
  version?: string;
  api_prefix?: string;
  root?: string;
  protocol?: string;
  mode?: string;
  title?: string;
  css?: string | null;
  js?: string | null;
  head?: string | null;
  components: ComponentConfig[];
  dependencies: DependencyConfig[];
  layout?: LayoutNode;
  connect_heartbeat?: boolean;
  auth_required?: boolean;
  auth_message?: string | null;
  show_error?: boolean;
  fill_height?: boolean;
  fill_width?: boolean;
  footer_links?: string[];
  max_file_size?: number | null;
  username?: string | null;
  [key: string]: unknown;
}

/** One parameter of an endpoint in `P/info` (§4). */
export interface ParameterInfo {
  label: string;
  parameter_name?: string | null;
  parameter_has_default?: boolean;
  parameter_default?: unknown;
  type: unknown;
  python_type: { type: string; description: string };
  component: string;
  example_input?: unknown;
}

/** One return value of an endpoint in `P/info`. */
export interface ReturnInfo {
  label: string;
  type: unknown;
  python_type: { type: string; description: string };
  component: string;
}

/** One endpoint in `P/info`. */
export interface EndpointInfo {
  parameters: ParameterInfo[];
  returns: ReturnInfo[];
  api_visibility?: string;
  description?: string;
  [key: string]: unknown;
}

/** The body of `GET P/info` (§4). */
export interface ApiInfo {
  named_endpoints: Record<string, EndpointInfo>;
  unnamed_endpoints: Record<string, EndpointInfo>;
}

/** One `gr.Progress` level of a `progress` message. */
export interface ProgressData {
  index: number | null;
  length: number | null;
  unit: string | null;
  progress: number | null;
  desc: string | null;
}

/** The `output` object of `process_generating` / `process_completed` (§6.6). */
export interface Output {
  data?: unknown[];
  is_generating?: boolean | null;
  duration?: number;
  average_duration?: number;
  render_config?: RenderConfig | null;
  changed_state_ids?: number[];
  error?: string | null;
  title?: string;
  visible?: boolean;
  [key: string]: unknown;
}

/** A freshly rendered `gr.render` sub-tree. */
export interface RenderConfig {
  components: ComponentConfig[];
  dependencies: DependencyConfig[];
  layout: LayoutNode;
  render_id: number;
  [key: string]: unknown;
}

/** A message of the `queue/data` stream (§6.3). */
export type QueueMessage =
  | { msg: "estimation"; event_id: string; rank: number | null; queue_size: number | null; rank_eta: number | null }
  | { msg: "process_starts"; event_id: string; eta: number | null }
  | { msg: "progress"; event_id: string; progress_data: ProgressData[] }
  | {
      msg: "log";
      event_id: string;
      log: string;
      level: "info" | "warning" | "error";
      duration: number | null;
      visible: boolean;
      title?: string | null;
    }
  | { msg: "process_generating"; event_id: string; output: Output; success: boolean }
  /** A result of a streaming-input event: full values, never diffs (§6.10). */
  | { msg: "process_streaming"; event_id: string; output: Output; success: boolean; time_limit: number | null }
  | { msg: "process_completed"; event_id: string; output: Output; success: boolean; title?: string | null }
  | { msg: "close_stream"; event_id: null }
  | { msg: "heartbeat"; event_id: null }
  | { msg: "unexpected_error"; event_id: string | null; message: string; session_not_found?: boolean; success: false };

/** What `submit` yields: a status change. Mirrors `@gradio/client`'s status message. */
export interface StatusMessage {
  type: "status";
  stage: "pending" | "generating" | "complete" | "error";
  queue: boolean;
  endpoint: string;
  fn_index: number;
  time: Date;
  position?: number | null;
  size?: number | null;
  eta?: number | null;
  progress_data?: ProgressData[] | null;
  message?: string | null;
  title?: string | null;
  duration?: number | null;
  visible?: boolean;
  success?: boolean;
  /** True when the event was cancelled (a completion without data). */
  cancelled?: boolean;
  session_not_found?: boolean;
  changed_state_ids?: number[];
  /** Seconds a streaming-input event has left when it started streaming (§6.10). */
  time_limit?: number | null;
}

/** What `submit` yields: output values (full values, diffs already applied). */
export interface DataMessage {
  type: "data";
  data: unknown[];
  endpoint: string;
  fn_index: number;
  time: Date;
  event_data: unknown;
  render_config?: RenderConfig | null;
}

/** What `submit` yields: a `gr.Info` / `gr.Warning` message. */
export interface LogMessage {
  type: "log";
  log: string;
  level: "info" | "warning" | "error";
  title: string | null;
  duration: number | null;
  visible: boolean;
  endpoint: string;
  fn_index: number;
}

export type GradioMessage = StatusMessage | DataMessage | LogMessage;
