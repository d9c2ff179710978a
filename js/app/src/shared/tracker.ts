/**
 * How the status tracker looks for a status, as Gradio's does:
 *
 * - `veil`: an opaque cover with the progress bars (or a spinner) and the time, for
 *   `show_progress="full"` while waiting or running, and while streaming with `gr.Progress`;
 * - `translucent`: the same text and bars over the visible output (`show_progress="minimal"`);
 * - `generating`: a pulsing accent border while a generator streams values without progress;
 * - `error`: the "Error" pill; `none`: nothing.
 */
import type { LoadingStatus, ProgressUnit } from "../components/contract.js";
import { fraction } from "./status_text.js";

export type TrackerLook = "none" | "veil" | "translucent" | "generating" | "error";

export function tracker_look(status: LoadingStatus | null): TrackerLook {
  if (status === null || status.show_progress === "hidden") return "none";
  if (status.status === "error") return "error";
  if (status.status !== "pending" && status.status !== "streaming") return "none";
  const has_progress = (status.progress?.length ?? 0) > 0;
  if (status.status === "streaming" && !has_progress) return "generating";
  return status.show_progress === "full" ? "veil" : "translucent";
}

/** The progress bar's spoken value: "counting: 5 / 8 steps" or "loading: 70%". */
export function level_value_text(unit: ProgressUnit): string {
  const label = unit.desc ?? "progress";
  if (unit.index !== null && unit.length !== null) return `${label}: ${unit.index} / ${unit.length} ${unit.unit ?? "steps"}`;
  const done = fraction(unit);
  return done === null ? label : `${label}: ${Math.round(done * 100)}%`;
}

/** Seconds shown now for a status that reported `elapsed` at `received` (ms clock). */
export function live_elapsed(elapsed: number, received: number, now: number): number {
  return elapsed + Math.max(0, now - received) / 1000;
}
