/** Pure logic of gr.Audio: time labels, which buttons show, recorder states. */

/** Seconds as `m:ss`, rounded to the nearest second as Gradio's player shows them (the
 * recorder's timer, the player's clock, the trim length). */
export function formatTime(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "0:00";
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/** Whether to show the download button; Gradio's default (`buttons=None`) shows it. */
export function showDownload(buttons: readonly unknown[] | null | undefined): boolean {
  return buttons === null || buttons === undefined || buttons.includes("download");
}

/** The recorder's states and the event each transition fires. */
export type RecorderState = "idle" | "recording" | "paused";

/** Next state and the Gradio event fired for a recorder button press. */
export function recorderTransition(
  state: RecorderState,
  action: "record" | "pause" | "resume" | "stop",
): { next: RecorderState; event: string | null } {
  if (action === "record" && state === "idle") return { next: "recording", event: "start_recording" };
  if (action === "pause" && state === "recording") return { next: "paused", event: "pause_recording" };
  if (action === "resume" && state === "paused") return { next: "recording", event: "start_recording" };
  if (action === "stop" && state !== "idle") return { next: "idle", event: "stop_recording" };
  return { next: state, event: null };
}
