/**
 * The Vega-Lite spec of a native plot, built in the page from the DataFrame the server sent
 * (`PlotData`) and the component's props, coloured with the theme's CSS variables.
 *
 * The chart is one or two layers over a dataset named `data`: the marks (`plot`) and, for
 * lines, invisible points that light up under the pointer (`hover`). With a `select`
 * listener an x-interval `brush` is added; its range is what the select event carries.
 */
import type { ColumnType, NativePlotProps, PlotData } from "./types";

/** Colours and fonts of the current theme, read from CSS variables of the plot's element. */
export interface ChartTheme {
  /** Marks: `--color-accent`. */
  accent: string;
  /** Axis and legend text: `--body-text-color`. */
  text: string;
  /** Grid, ticks and view outline: `--border-color-primary`. */
  border: string;
  /** The page font family. */
  font: string;
  /** Title weight: `--block-title-text-weight`. */
  title_weight: string;
  /** Title size in px: `--text-md`. */
  title_size: number;
  /** Axis and legend size in px: `--text-sm`. */
  label_size: number;
  /** `--primary-100` … `--primary-900`: the ramp of a numeric colour column. */
  ramp: string[];
}

/** One row of the dataset the chart draws, keyed by column name. */
export type Row = Record<string, unknown>;

/** What the select event carries for a brushed x range (seconds for datetimes). */
export interface BrushSelection {
  value: [number, number];
  index: [number, number];
  selected: true;
}

const SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Vega-Lite reads `.` and `[]` in a field name as a path: escape them. */
export function field(name: string): string {
  return name.replace(/[.[\]]/g, (c) => `\\${c}`);
}

/** The bin width in data units: a number as is, `"15m"` as milliseconds. */
export function bin_step(x_bin: string | number | null | undefined): number | undefined {
  if (x_bin === null || x_bin === undefined) return undefined;
  if (typeof x_bin === "number") return x_bin;
  const unit = SECONDS[x_bin.slice(-1)];
  const count = Number.parseInt(x_bin.slice(0, -1), 10);
  return unit === undefined || Number.isNaN(count) ? undefined : count * unit * 1000;
}

/**
 * Whether y values are aggregated, and how. Bars and lines aggregate (sum by default) when x
 * is binned or categorical; points only when binned or when asked.
 */
export function y_aggregate(value: PlotData, props: NativePlotProps): string | undefined {
  const binned = bin_step(props.x_bin) !== undefined;
  if (value.mark === "point") return binned ? (props.y_aggregate ?? "sum") : undefined;
  const categorical = props.x ? value.datatypes[props.x] === "nominal" : false;
  return binned || categorical ? (props.y_aggregate ?? "sum") : undefined;
}

/** Vega-Lite's `sort` of the x channel for the prop `sort`. */
export function x_sort(sort: NativePlotProps["sort"], y: string): unknown {
  if (sort === "x") return "ascending";
  if (sort === "-x") return "descending";
  if (sort === "y") return { field: y, order: "ascending" };
  if (sort === "-y") return { field: y, order: "descending" };
  return Array.isArray(sort) ? [...sort] : undefined;
}

/** The x limits in data units (datetimes: seconds → ms), nulls as undefined. */
export function x_domain(value: PlotData, props: NativePlotProps): [number?, number?] {
  const [low, high] = props.x_lim ?? [];
  const scale = props.x && value.datatypes[props.x] === "temporal" ? 1000 : 1;
  return [low == null ? undefined : low * scale, high == null ? undefined : high * scale];
}

/**
 * The rows to draw. With both x limits, rows outside them are dropped except the nearest one
 * on each side of every series, so a line still runs to the edge of the view.
 */
export function chart_rows(value: PlotData, props: NativePlotProps): Row[] {
  const xi = props.x ? value.columns.indexOf(props.x) : -1;
  const ci = props.color ? value.columns.indexOf(props.color) : -1;
  let data = value.data;
  const [low, high] = x_domain(value, props);
  if (xi >= 0 && low !== undefined && high !== undefined) {
    const before = new Map<unknown, unknown[]>();
    const after = new Map<unknown, unknown[]>();
    const inside = data.filter((row) => {
      const x = row[xi] as number;
      const series = ci >= 0 ? row[ci] : null;
      const prev = before.get(series);
      if (x < low && (prev === undefined || x > (prev[xi] as number))) before.set(series, row);
      const next = after.get(series);
      if (x > high && (next === undefined || x < (next[xi] as number))) after.set(series, row);
      return x >= low && x <= high;
    });
    data = [...before.values(), ...inside, ...after.values()];
  }
  return data.map((row) => Object.fromEntries(value.columns.map((name, i) => [name, row[i]])));
}

/** The distinct values of a nominal colour column, in order of appearance. */
export function series(value: PlotData, props: NativePlotProps): unknown[] {
  if (!props.color || value.datatypes[props.color] !== "nominal") return [];
  const ci = value.columns.indexOf(props.color);
  return ci < 0 ? [] : [...new Set(value.data.map((row) => row[ci]))];
}

/** The select event of a brushed range: Vega's ms become seconds for datetimes. */
export function brush_selection(range: number[], temporal: boolean): BrushSelection | null {
  const [a, b] = range;
  if (a === undefined || b === undefined) return null;
  const pair: [number, number] = temporal ? [a / 1000, b / 1000] : [a, b];
  return { value: pair, index: [pair[0], pair[1]], selected: true };
}

/** The full Vega-Lite spec for `value` drawn `width` pixels wide. */
export function build_spec(
  value: PlotData,
  props: NativePlotProps,
  theme: ChartTheme,
  width: number,
  fill_height = false,
): Record<string, unknown> {
  const x = props.x ?? "";
  const y = props.y ?? "";
  const type = (name: string): ColumnType | undefined => value.datatypes[name];
  const step = bin_step(props.x_bin);
  const aggregate = y_aggregate(value, props);
  const [x_min, x_max] = x_domain(value, props);
  const [y_min, y_max] = props.y_lim ?? [];
  const line = value.mark === "line";

  const encoding = (layer: "plot" | "hover"): Record<string, unknown> => ({
    x: {
      field: field(x),
      type: type(x),
      title: props.x_title || x,
      axis: {
        labelAngle: props.x_label_angle ?? 0,
        labels: props.x_axis_labels_visible ?? true,
        ticks: props.x_axis_labels_visible ?? true,
        ...(props.x_axis_format != null && { format: props.x_axis_format }),
      },
      scale: { zero: false, domainMin: x_min, domainMax: x_max },
      bin: step === undefined ? undefined : { step },
      sort: x_sort(props.sort, y),
    },
    y: {
      field: field(y),
      type: type(y),
      title: props.y_title || y,
      axis: {
        ...(props.y_label_angle ? { labelAngle: props.y_label_angle } : {}),
        ...(props.y_axis_format != null && { format: props.y_axis_format }),
      },
      scale: { zero: false, domainMin: y_min ?? undefined, domainMax: y_max ?? undefined },
      aggregate,
    },
    color: props.color ? color_channel(value, props, theme) : undefined,
    tooltip: props.tooltip === "none" ? undefined : tooltip(value, props, aggregate, step),
    size: line
      ? layer === "plot"
        ? { condition: { param: "hoverPlot", empty: false, value: 3 }, value: 2 }
        : { condition: { param: "hover", empty: false, value: 100 }, value: 0 }
      : undefined,
    opacity: layer === "hover" ? { condition: { param: "hover", empty: false, value: 1 }, value: 0 } : undefined,
  });

  const hover_params = line
    ? [
        {
          name: "hoverPlot",
          select: { type: "point", on: "mouseover", clear: "mouseout", nearest: true, fields: props.color ? [props.color] : [] },
          views: ["hover"],
        },
        { name: "hover", select: { type: "point", on: "mouseover", clear: "mouseout", nearest: true }, views: ["hover"] },
      ]
    : [];
  const brush = props._selectable
    ? [
        {
          name: "brush",
          select: { type: "interval", encodings: ["x"], mark: { fill: "gray", fillOpacity: 0.3, stroke: "none" } },
          views: ["plot"],
        },
      ]
    : [];

  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    background: "transparent",
    config: chart_config(theme, value.mark),
    data: { name: "data" },
    datasets: { data: chart_rows(value, props) },
    layer: (line ? (["plot", "hover"] as const) : (["plot"] as const)).map((name) => ({
      name,
      mark: { type: name === "hover" ? "point" : value.mark, clip: true },
      encoding: encoding(name),
    })),
    params: [...hover_params, ...brush],
    width,
    height: props.height || (fill_height ? "container" : undefined),
    title: props.title || undefined,
  };
}

function color_channel(value: PlotData, props: NativePlotProps, theme: ChartTheme): Record<string, unknown> {
  const name = props.color ?? "";
  const nominal = value.datatypes[name] === "nominal";
  const domain = series(value, props);
  const map = props.color_map;
  const legend = props.colors_in_legend?.length === 0
    ? null
    : { orient: "bottom", title: props.color_title ?? undefined, values: props.colors_in_legend ?? undefined };
  return {
    field: field(name),
    type: value.datatypes[name],
    legend,
    scale: nominal
      ? { domain, range: map ? domain.map((s, i) => map[String(s)] ?? PALETTE[i % PALETTE.length]) : undefined }
      : { range: theme.ramp, interpolate: "hsl" },
  };
}

/** Colours of series that `color_map` leaves out. */
const PALETTE = ["#f97316", "#22c55e", "#3b82f6", "#eab308", "#a855f7", "#14b8a6", "#ef4444", "#ec4899"];

function tooltip(value: PlotData, props: NativePlotProps, aggregate: string | undefined, step: number | undefined): unknown[] {
  const x = props.x ?? "";
  const y = props.y ?? "";
  const extra =
    props.tooltip === "axis" || props.tooltip === undefined
      ? []
      : value.columns.filter(
          (c) => c !== x && c !== y && c !== props.color && (props.tooltip === "all" || (Array.isArray(props.tooltip) && props.tooltip.includes(c))),
        );
  return [
    { field: field(y), type: value.datatypes[y], aggregate, title: props.y_title || y },
    {
      field: field(x),
      type: value.datatypes[x],
      title: props.x_title || x,
      format: value.datatypes[x] === "temporal" ? "%Y-%m-%d %H:%M:%S" : undefined,
      bin: step === undefined ? undefined : { step },
    },
    ...(props.color ? [{ field: field(props.color), type: value.datatypes[props.color] }] : []),
    ...extra.map((c) => ({ field: field(c), type: value.datatypes[c] })),
  ];
}

function chart_config(theme: ChartTheme, mark: string): Record<string, unknown> {
  const text = { font: theme.font, fontWeight: "normal", fontSize: theme.label_size };
  return {
    autosize: { type: "fit", contains: "padding" },
    axis: {
      labelFont: text.font,
      labelColor: theme.text,
      labelFontSize: text.fontSize,
      labelFontWeight: "normal",
      titleFont: text.font,
      titleColor: theme.text,
      titleFontSize: text.fontSize,
      titleFontWeight: "normal",
      titlePadding: 8,
      tickColor: theme.border,
      gridColor: theme.border,
      domain: false,
      labelAngle: 0,
    },
    legend: {
      labelColor: theme.text,
      labelFont: text.font,
      titleColor: theme.text,
      titleFont: text.font,
      titleFontSize: text.fontSize,
      titleFontWeight: "normal",
      labelFontWeight: "normal",
      offset: 2,
    },
    title: { color: theme.text, font: theme.font, fontSize: theme.title_size, fontWeight: theme.title_weight, anchor: "middle" },
    view: { stroke: theme.border },
    mark: { stroke: mark === "bar" ? undefined : theme.accent, fill: mark === "bar" ? theme.accent : undefined, cursor: "crosshair" },
  };
}

/** Read the chart theme from the computed style of the element the chart is drawn in. */
export function read_theme(style: CSSStyleDeclaration): ChartTheme {
  const px = (v: string): number => (v.trim().endsWith("px") ? Number.parseFloat(v) : 12);
  const css = (name: string): string => style.getPropertyValue(name).trim();
  return {
    accent: css("--color-accent"),
    text: css("--body-text-color"),
    border: css("--border-color-primary"),
    font: style.fontFamily,
    title_weight: css("--block-title-text-weight") || "normal",
    title_size: px(css("--text-md")),
    label_size: px(css("--text-sm")),
    ramp: [100, 200, 300, 400, 500, 600, 700, 800, 900].map((n) => css(`--primary-${n}`)),
  };
}
