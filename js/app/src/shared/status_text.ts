/** Pure text for the status tracker: "queue: 2/5 | 1.2/4.0s", "7/30 steps", "working - 23.3%". */
import type { LoadingStatus, ProgressUnit } from "../components/contract.js";

/** The small text in the corner: queue position or step counts, then elapsed / ETA. */
export function meta_text(status: LoadingStatus): string {
  const parts: string[] = [];
  const innermost = status.progress?.at(-1);
  if (status.queue_position !== null && status.queue_position > 0 && status.queue_size !== null) {
    parts.push(`queue: ${status.queue_position + 1}/${status.queue_size}`);
  } else if (innermost && innermost.index !== null && innermost.length !== null) {
    parts.push(`${innermost.index}/${innermost.length} ${innermost.unit ?? "steps"}`);
  }
  const elapsed = status.elapsed.toFixed(1);
  parts.push(status.eta !== null ? `${elapsed}/${status.eta.toFixed(1)}s` : `${elapsed}s`);
  return parts.join(" | ");
}

/** Fraction done (0..1) of one progress level, or null when unknown. */
export function fraction(unit: ProgressUnit): number | null {
  if (unit.progress !== null) return Math.min(1, Math.max(0, unit.progress));
  if (unit.index !== null && unit.length) return Math.min(1, Math.max(0, unit.index / unit.length));
  return null;
}

/** "working - 23.3%" (or just the percentage / description). */
export function level_text(unit: ProgressUnit): string {
  const done = fraction(unit);
  const pct = done === null ? "" : `${(done * 100).toFixed(1)}%`;
  return [unit.desc, pct].filter(Boolean).join(" - ");
}
