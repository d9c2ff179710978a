import type { SharedProps } from "../contract";

/** The wire value of `gr.Plot`: which library made the chart and its payload. */
export interface PlotValue {
  /** The library. */
  type: "matplotlib" | "plotly" | "altair" | "bokeh";
  /** matplotlib: an image data URL; plotly/altair/bokeh: the chart as a JSON string. */
  plot: string;
}

/** Config props of `gr.Plot`. */
export interface PlotProps extends SharedProps {
  /** Image format of matplotlib figures. @defaultValue "webp" */
  format?: string;
  /** Version of the server's bokeh package, when installed. @defaultValue null */
  bokeh_version?: string | null;
  /** Custom buttons. @defaultValue [] */
  buttons?: unknown[];
}
