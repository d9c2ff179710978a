/**
 * What `gr.Plot` draws for each kind of value. matplotlib arrives as an image; Plotly and
 * Altair as JSON that their libraries (loaded on first use) draw in the page.
 */
import type { PlotValue } from "./types";

/** A Plotly figure as `fig.to_json()` writes it. */
export interface PlotlyFigure {
  data: unknown[];
  layout: Record<string, unknown> & { margin?: Record<string, unknown>; title?: unknown };
  config: Record<string, unknown>;
}

/** How the page shows a value: an image, a Plotly figure, a Vega-Lite spec, or a message. */
export type PlotView =
  | { kind: "image"; src: string }
  | { kind: "plotly"; figure: PlotlyFigure }
  | { kind: "vega"; spec: Record<string, unknown> }
  | { kind: "message"; text: string };

/** Decide how to show `value` (null: nothing to show). */
export function plot_view(value: PlotValue | null): PlotView | null {
  if (!value) return null;
  switch (value.type) {
    case "matplotlib":
      return { kind: "image", src: value.plot };
    case "plotly":
      return { kind: "plotly", figure: plotly_figure(value.plot) };
    case "altair":
      return { kind: "vega", spec: JSON.parse(value.plot) as Record<string, unknown> };
    case "bokeh":
      return { kind: "message", text: "Bokeh plots are not supported by this front end yet." };
    default:
      return { kind: "message", text: `Unknown plot type: ${String((value as { type: unknown }).type)}` };
  }
}

/** The figure with a responsive, auto-sized layout, as a page embeds it. */
export function plotly_figure(json: string): PlotlyFigure {
  const parsed = JSON.parse(json) as Partial<PlotlyFigure>;
  const layout = { ...(parsed.layout ?? {}) };
  layout.autosize = true;
  layout.margin = { ...(layout.margin ?? {}), autoexpand: true };
  return { data: parsed.data ?? [], layout, config: { ...(parsed.config ?? {}), responsive: true } };
}
