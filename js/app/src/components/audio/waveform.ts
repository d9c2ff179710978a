/** Pure logic of the waveform: peaks per bar, positions to times, the trim region, and
 * cutting decoded samples. Sizes follow Gradio's player (2 px bars, 3 px gaps, 50 px high). */

/** Width of one bar and the gap after it, in CSS pixels. */
export const BAR_WIDTH = 2;
export const BAR_GAP = 3;
/** Gradio's colours when `waveform_options` leaves them unset. */
export const DEFAULT_WAVE_COLOR = "#9ca3af";
export const DEFAULT_PROGRESS_COLOR = "darkorange";

/** How many bars fit in `width` pixels (at least one). */
export function barCount(width: number, bar = BAR_WIDTH, gap = BAR_GAP): number {
  return Math.max(1, Math.floor((width + gap) / (bar + gap)));
}

/**
 * The loudest absolute sample of each of `bars` equal slices, scaled so the loudest bar is 1
 * (Gradio normalises too). Silence gives zeros; `bars` larger than the samples repeats them.
 */
export function computePeaks(samples: Float32Array, bars: number): number[] {
  const peaks = new Array<number>(bars).fill(0);
  if (samples.length === 0) return peaks;
  for (let b = 0; b < bars; b++) {
    const from = Math.floor((b * samples.length) / bars);
    const to = Math.max(from + 1, Math.floor(((b + 1) * samples.length) / bars));
    let peak = 0;
    for (let i = from; i < to && i < samples.length; i++) peak = Math.max(peak, Math.abs(samples[i] ?? 0));
    peaks[b] = peak;
  }
  const loudest = Math.max(...peaks);
  return loudest > 0 ? peaks.map((p) => p / loudest) : peaks;
}

/** The fraction (0..1) of the clip at `x` pixels into a `width`-pixel waveform. */
export function fractionAt(x: number, width: number): number {
  if (width <= 0) return 0;
  return Math.min(1, Math.max(0, x / width));
}

/** A part of the clip, in seconds. */
export interface Region {
  start: number;
  end: number;
}

/** The region between two drag positions (fractions, either order) of a clip of `duration` s. */
export function regionBetween(a: number, b: number, duration: number): Region {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const clamp = (f: number): number => Math.min(1, Math.max(0, f)) * duration;
  return { start: clamp(lo), end: clamp(hi) };
}

/** The region first shown when trimming starts: the second quarter of the clip, as Gradio. */
export function initialRegion(duration: number): Region {
  return { start: duration * 0.25, end: duration * 0.5 };
}

/** Whether trimming to `region` would keep something shorter than the whole clip. */
export function canTrim(region: Region | null, duration: number): region is Region {
  return region !== null && region.end - region.start > 0.01 && region.end - region.start < duration - 0.001;
}

/** The samples of `region` in each channel (views, not copies). */
export function sliceChannels(channels: readonly Float32Array[], sample_rate: number, region: Region): Float32Array[] {
  return channels.map((channel) => {
    const from = Math.max(0, Math.min(channel.length, Math.round(region.start * sample_rate)));
    const to = Math.max(from, Math.min(channel.length, Math.round(region.end * sample_rate)));
    return channel.subarray(from, to);
  });
}

/** Seconds the skip buttons move: `skip_length` is a percentage of the clip, as in Gradio
 * (5 on a 3 s clip skips 0.15 s), rounded to hundredths. */
export function skipSeconds(duration: number, skip_length: number): number {
  return Math.round(duration * skip_length) / 100;
}

/** Playback speeds the speed button cycles through, as in Gradio's player. */
const SPEEDS = [1, 1.5, 2, 0.5];

/** The speed after `rate` when the speed button is pressed. */
export function nextSpeed(rate: number): number {
  const at = SPEEDS.indexOf(rate);
  return SPEEDS[(at + 1) % SPEEDS.length] ?? 1;
}

/** The loudest absolute sample of a block (a live level while recording). */
export function peakOf(samples: Float32Array): number {
  let peak = 0;
  for (const s of samples) peak = Math.max(peak, Math.abs(s));
  return Math.min(1, peak);
}

/** Live levels after a new one arrives: the newest `keep` levels, oldest first. */
export function appendLevel(levels: readonly number[], level: number, keep: number): number[] {
  const next = [...levels, level];
  return next.length > keep ? next.slice(next.length - keep) : next;
}

/** What a press on the waveform grabs in trim mode: an edge of the region, the region
 * itself (to move it), or nothing (a new region is drawn). */
export type Grab = "start" | "end" | "move" | "new";

/** The grab at fraction `at` of the clip; edges win within `tolerance` (a fraction). */
export function grabAt(region: Region | null, at: number, duration: number, tolerance: number): Grab {
  if (!region || duration <= 0) return "new";
  const start = region.start / duration;
  const end = region.end / duration;
  if (Math.abs(at - start) <= tolerance) return "start";
  if (Math.abs(at - end) <= tolerance) return "end";
  return at > start && at < end ? "move" : "new";
}

/** The region after dragging `grab` from fraction `from` to `to` (kept inside the clip). */
export function dragRegion(region: Region | null, grab: Grab, from: number, to: number, duration: number): Region {
  if (!region || grab === "new") return regionBetween(from, to, duration);
  const delta = (to - from) * duration;
  if (grab === "move") {
    const length = region.end - region.start;
    const start = Math.min(Math.max(0, region.start + delta), duration - length);
    return { start, end: start + length };
  }
  const moved = Math.min(duration, Math.max(0, (grab === "start" ? region.start : region.end) + delta));
  const other = grab === "start" ? region.end : region.start;
  return { start: Math.min(moved, other), end: Math.max(moved, other) };
}
