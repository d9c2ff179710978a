import type { SharedProps } from "../contract";

/** A Vega-Lite column type, chosen by the server from the pandas dtype. */
export type ColumnType = "quantitative" | "nominal" | "temporal";

/** The wire value of `gr.LinePlot`, `gr.BarPlot` and `gr.ScatterPlot`: the DataFrame itself. */
export interface PlotData {
  /** Column names, in order. */
  columns: string[];
  /** Rows; datetimes arrive as epoch milliseconds. */
  data: unknown[][];
  /** Column name → Vega-Lite type. */
  datatypes: Record<string, ColumnType>;
  /** `line`, `bar` or `point`. */
  mark: string;
}

/** Config props of the native plots (one view draws all three). */
export interface NativePlotProps extends SharedProps {
  /** Column on the x axis. @defaultValue null */
  x?: string | null;
  /** Column on the y axis. @defaultValue null */
  y?: string | null;
  /** Column that splits the rows into coloured series. @defaultValue null */
  color?: string | null;
  /** Chart title. @defaultValue null */
  title?: string | null;
  /** X axis title (default: the x column). @defaultValue null */
  x_title?: string | null;
  /** Y axis title (default: the y column). @defaultValue null */
  y_title?: string | null;
  /** Legend title (default: the color column). @defaultValue null */
  color_title?: string | null;
  /** Bin width (numbers) or duration such as `"10m"` (datetimes). @defaultValue null */
  x_bin?: string | number | null;
  /** How y values of one bin or category combine. @defaultValue null */
  y_aggregate?: "sum" | "mean" | "median" | "min" | "max" | "count" | null;
  /** Series → CSS colour. @defaultValue null */
  color_map?: Record<string, string> | null;
  /** Series the legend lists (`[]` hides it). @defaultValue null */
  colors_in_legend?: string[] | null;
  /** `[min, max]` of x, either may be null; seconds for datetimes. @defaultValue null */
  x_lim?: (number | null)[] | null;
  /** `[min, max]` of y, either may be null. @defaultValue null */
  y_lim?: (number | null)[] | null;
  /** X tick label rotation in degrees. @defaultValue 0 */
  x_label_angle?: number;
  /** Y tick label rotation in degrees. @defaultValue 0 */
  y_label_angle?: number;
  /** d3 format of the x tick labels. @defaultValue null */
  x_axis_format?: string | null;
  /** d3 format of the y tick labels. @defaultValue null */
  y_axis_format?: string | null;
  /** Show the x tick labels. @defaultValue true */
  x_axis_labels_visible?: boolean | "hidden";
  /** Text under the chart. @defaultValue null */
  caption?: string | null;
  /** Order of categorical x: `x`, `y`, `-x`, `-y` or the categories in order. @defaultValue null */
  sort?: string | string[] | null;
  /** `axis`, `all`, `none` or extra columns for the hover tooltip. @defaultValue "axis" */
  tooltip?: "axis" | "all" | "none" | string[];
  /** Chart height in pixels. @defaultValue null */
  height?: number | null;
  /** `fullscreen`, `export` and custom buttons. @defaultValue [] */
  buttons?: unknown[];
  /** True when a `select` listener exists: the x axis can be brushed. @defaultValue false */
  _selectable?: boolean;
}
