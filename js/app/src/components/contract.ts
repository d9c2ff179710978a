/**
 * The contract between the app runtime and every component.
 *
 * A component is `components/<type>/<Type>.svelte`; the runtime mounts it with
 * {@link ComponentProps} and listens to what it sends through {@link GradioContext}.
 * Values travel in wire form (protocol §6.6): what the server sends is what the
 * component receives, and what the component holds is what goes back.
 */

/** A file on the wire (protocol §9.1). */
export interface FileData {
  /** Server-side path: an opaque token to send back to the server. */
  path: string;
  /** Absolute URL to fetch the file, or null before the server filled it. */
  url?: string | null;
  /** Size in bytes, when known. */
  size?: number | null;
  /** Display name of the file. */
  orig_name?: string | null;
  /** MIME type, when known. */
  mime_type?: string | null;
  /** True for streamed media (HLS). */
  is_stream?: boolean;
  /** Marker: `{"_type": "gradio.FileData"}`. */
  meta?: { _type: "gradio.FileData" };
}

/** What an output component shows while its event runs (queue position, progress, ...). */
export interface LoadingStatus {
  /** `pending`: queued or running; `streaming`: a generator sent at least one value. */
  status: "pending" | "streaming" | "complete" | "error";
  /** How the component should show progress (the dependency's `show_progress`). */
  show_progress: "full" | "minimal" | "hidden";
  /** 0-based position in the queue, when known and still waiting. */
  queue_position: number | null;
  /** Number of events in the queue, when known. */
  queue_size: number | null;
  /** Estimated seconds until the result, when known. */
  eta: number | null;
  /** Seconds since the event started (the runtime keeps this up to date). */
  elapsed: number;
  /** Progress bars from `gr.Progress` (protocol `progress` message), outermost first. */
  progress: ProgressUnit[] | null;
  /** Error message to show in the component when `status` is `error`. */
  message: string | null;
}

/** One `gr.Progress` level (a `progress_data` entry of the `progress` message). */
export interface ProgressUnit {
  /** Completed units, or null with `progress` as a fraction. */
  index: number | null;
  /** Total units, when known. */
  length: number | null;
  /** Unit name, e.g. `"steps"`. */
  unit: string | null;
  /** Fraction done (0..1), when given directly. */
  progress: number | null;
  /** Description text. */
  desc: string | null;
}

/** How a component talks to the app. */
export interface GradioContext {
  /**
   * Fire a Gradio event by name ("change", "input", "submit", "click", "select", ...).
   * `data` becomes the event's `event_data`, e.g. `{index, value, selected}` for "select".
   */
  dispatch(event: string, data?: unknown): void;
  /**
   * Upload files (`POST P/upload?upload_id=`) and get their FileData back. While it runs the
   * page follows `P/upload_progress?upload_id=` and the component's block shows the progress.
   * `upload_id` defaults to a fresh random id; `null` uploads without an id or progress
   * (streamed microphone chunks, as Gradio's page sends them).
   */
  upload(files: File[], upload_id?: string | null): Promise<FileData[]>;
  /** Absolute URL for a FileData (its `url`, or one built from `path`). */
  file_url(data: FileData): string;
  /** The app root URL (no trailing slash). */
  root: string;
  /** The current colour scheme. */
  theme: "light" | "dark";
}

/** The props every component receives. */
export interface ComponentProps<Value, Props> {
  /** Component id from the config. */
  id: number;
  /** The config `props`, typed per component in its `types.ts`. */
  props: Props;
  /** Current value in wire form ($bindable). */
  value: Value;
  /** How the component talks to the app. */
  gradio: GradioContext;
  /** Progress/queue status when this component is an output of a running event. */
  status: LoadingStatus | null;
}

/** Props every component's config carries (protocol §3.2); each `types.ts` extends this. */
export interface SharedProps {
  /** Label text. */
  label?: string | null;
  /** Hint under the label. */
  info?: string | null;
  /** Whether to show the label. @defaultValue true */
  show_label?: boolean;
  /** Whether to draw the bordered container. @defaultValue true */
  container?: boolean;
  /** Relative width in a row. @defaultValue null */
  scale?: number | null;
  /** Minimum width in pixels. @defaultValue 160 */
  min_width?: number;
  /** `true`, `false` (not rendered) or `"hidden"` (rendered, not shown). @defaultValue true */
  visible?: boolean | "hidden";
  /** Whether the user can edit the value; null lets the app decide. @defaultValue null */
  interactive?: boolean | null;
  /** HTML id. */
  elem_id?: string | null;
  /** Extra HTML classes. */
  elem_classes?: string[];
}
