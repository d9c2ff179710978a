import { describe, expect, it } from "vitest";
import { plot_view, plotly_figure } from "./plot";

describe("gr.Plot views", () => {
  it("shows a matplotlib value as its image", () => {
    expect(plot_view({ type: "matplotlib", plot: "data:image/png;base64,AAA" })).toEqual({
      kind: "image",
      src: "data:image/png;base64,AAA",
    });
  });

  it("parses an Altair value into a Vega-Lite spec", () => {
    const view = plot_view({ type: "altair", plot: '{"mark": "bar", "data": {"values": []}}' });
    expect(view).toEqual({ kind: "vega", spec: { mark: "bar", data: { values: [] } } });
  });

  it("makes a Plotly figure responsive and auto-sized, keeping its layout", () => {
    const figure = plotly_figure('{"data": [{"type": "bar"}], "layout": {"title": {"text": "t"}, "margin": {"t": 5}}}');
    expect(figure.data).toEqual([{ type: "bar" }]);
    expect(figure.layout).toMatchObject({ autosize: true, title: { text: "t" }, margin: { t: 5, autoexpand: true } });
    expect(figure.config).toEqual({ responsive: true });
  });

  it("says so for a Bokeh value, and shows nothing for null", () => {
    expect(plot_view({ type: "bokeh", plot: "{}" })?.kind).toBe("message");
    expect(plot_view(null)).toBeNull();
  });
});
