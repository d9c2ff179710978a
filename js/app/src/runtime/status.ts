/** From the client's status messages to the LoadingStatus an output component shows. */
import type { StatusMessage } from "@radiogram/client";
import type { LoadingStatus } from "../components/contract.js";

/** The status shown when an event starts, before the server says anything. */
export function started(show_progress: LoadingStatus["show_progress"]): LoadingStatus {
  return {
    status: "pending",
    show_progress,
    queue_position: null,
    queue_size: null,
    eta: null,
    elapsed: 0,
    progress: null,
    message: null,
  };
}

/** The next status after a message; null means "nothing to show any more". */
export function next_status(previous: LoadingStatus, message: StatusMessage, started_at: number, now: number): LoadingStatus | null {
  const elapsed = (now - started_at) / 1000;
  switch (message.stage) {
    case "pending":
      return {
        ...previous,
        status: previous.status === "streaming" ? "streaming" : "pending",
        queue_position: message.position !== undefined ? message.position : previous.queue_position,
        queue_size: message.size !== undefined ? message.size : previous.queue_size,
        eta: message.eta !== undefined && message.eta !== null ? message.eta : previous.eta,
        progress: message.progress_data ?? previous.progress,
        elapsed,
      };
    case "generating":
      return { ...previous, status: "streaming", queue_position: null, elapsed };
    case "complete":
      return null;
    case "error":
      return { ...previous, status: "error", message: message.message ?? null, progress: null, elapsed };
  }
}
