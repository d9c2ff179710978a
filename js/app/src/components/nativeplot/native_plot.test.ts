import { describe, expect, it } from "vitest";
import { bin_step, brush_selection, build_spec, chart_rows, field, series, x_sort, y_aggregate, type ChartTheme } from "./native_plot";
import type { NativePlotProps, PlotData } from "./types";

const THEME: ChartTheme = {
  accent: "#f97316",
  text: "#1f2937",
  border: "#e5e7eb",
  font: "sans-serif",
  title_weight: "600",
  title_size: 16,
  label_size: 14,
  ramp: ["#100", "#200", "#300", "#400", "#500", "#600", "#700", "#800", "#900"],
};

const SALES: PlotData = {
  columns: ["month", "sales", "region"],
  data: [
    [1, 10, "north"],
    [2, 12, "south"],
    [3, 9, "north"],
    [4, 14, "south"],
  ],
  datatypes: { month: "quantitative", sales: "quantitative", region: "nominal" },
  mark: "line",
};

type Layer = { name: string; mark: { type: string }; encoding: Record<string, any> };
const layers = (spec: Record<string, unknown>): Layer[] => spec.layer as Layer[];

describe("native plot spec", () => {
  it("draws a line layer and an invisible hover layer over every row", () => {
    const spec = build_spec(SALES, { x: "month", y: "sales" }, THEME, 500);
    expect(layers(spec).map((l) => [l.name, l.mark.type])).toEqual([
      ["plot", "line"],
      ["hover", "point"],
    ]);
    expect((spec.datasets as { data: unknown[] }).data).toHaveLength(4);
    expect(spec.width).toBe(500);
  });

  it("bars and points have a single layer and no hover params", () => {
    const spec = build_spec({ ...SALES, mark: "bar" }, { x: "month", y: "sales" }, THEME, 300);
    expect(layers(spec).map((l) => l.mark.type)).toEqual(["bar"]);
    expect(spec.params).toEqual([]);
  });

  it("axis titles default to the column names and follow x_title / y_title", () => {
    const plain = layers(build_spec(SALES, { x: "month", y: "sales" }, THEME, 300))[0]!;
    expect([plain.encoding.x.title, plain.encoding.y.title]).toEqual(["month", "sales"]);
    const named = layers(build_spec(SALES, { x: "month", y: "sales", x_title: "Month", y_title: "€" }, THEME, 300))[0]!;
    expect([named.encoding.x.title, named.encoding.y.title]).toEqual(["Month", "€"]);
  });

  it("colours series by the color column, with color_map mapping each series", () => {
    const props: NativePlotProps = { x: "month", y: "sales", color: "region", color_map: { north: "red", south: "blue" } };
    const color = layers(build_spec(SALES, props, THEME, 300))[0]!.encoding.color;
    expect(color.scale).toEqual({ domain: ["north", "south"], range: ["red", "blue"] });
    expect(color.legend.orient).toBe("bottom");
  });

  it("an empty colors_in_legend hides the legend", () => {
    const props: NativePlotProps = { x: "month", y: "sales", color: "region", colors_in_legend: [] };
    expect(layers(build_spec(SALES, props, THEME, 300))[0]!.encoding.color.legend).toBeNull();
  });

  it("limits become scale domains; a null end stays open", () => {
    const props: NativePlotProps = { x: "month", y: "sales", x_lim: [0, null], y_lim: [5, 20] };
    const enc = layers(build_spec(SALES, props, THEME, 300))[0]!.encoding;
    expect(enc.x.scale).toEqual({ zero: false, domainMin: 0, domainMax: undefined });
    expect(enc.y.scale).toEqual({ zero: false, domainMin: 5, domainMax: 20 });
  });

  it("a brush param exists only when the plot is selectable", () => {
    const names = (p: NativePlotProps) =>
      (build_spec(SALES, p, THEME, 300).params as { name: string }[]).map((x) => x.name);
    expect(names({ x: "month", y: "sales" })).not.toContain("brush");
    expect(names({ x: "month", y: "sales", _selectable: true })).toContain("brush");
  });

  it("tooltip lists y, x, color, then the extra columns asked for", () => {
    const all = layers(build_spec(SALES, { x: "month", y: "sales", tooltip: "all" }, THEME, 300))[0]!;
    expect(all.encoding.tooltip.map((t: { field: string }) => t.field)).toEqual(["sales", "month", "region"]);
    const none = layers(build_spec(SALES, { x: "month", y: "sales", tooltip: "none" }, THEME, 300))[0]!;
    expect(none.encoding.tooltip).toBeUndefined();
  });

  it("uses the theme's colours and fonts", () => {
    const config = build_spec(SALES, { x: "month", y: "sales" }, THEME, 300).config as Record<string, any>;
    expect(config.axis.labelColor).toBe(THEME.text);
    expect(config.mark.stroke).toBe(THEME.accent);
    expect(config.title.fontSize).toBe(16);
  });
});

describe("native plot helpers", () => {
  it("bin_step reads numbers and durations (in ms)", () => {
    expect(bin_step(5)).toBe(5);
    expect(bin_step("15m")).toBe(900_000);
    expect(bin_step("2h")).toBe(7_200_000);
    expect(bin_step(null)).toBeUndefined();
  });

  it("aggregates bars over categories, points only when binned or asked", () => {
    const fruit: PlotData = { ...SALES, datatypes: { ...SALES.datatypes, month: "nominal" }, mark: "bar" };
    expect(y_aggregate(fruit, { x: "month" })).toBe("sum");
    expect(y_aggregate(fruit, { x: "month", y_aggregate: "mean" })).toBe("mean");
    expect(y_aggregate({ ...SALES, mark: "point" }, { x: "month", y_aggregate: "mean" })).toBeUndefined();
    expect(y_aggregate({ ...SALES, mark: "point" }, { x: "month", x_bin: 2 })).toBe("sum");
    expect(y_aggregate(SALES, { x: "month" })).toBeUndefined();
  });

  it("x_sort maps the sort prop", () => {
    expect(x_sort("x", "y")).toBe("ascending");
    expect(x_sort("-y", "sales")).toEqual({ field: "sales", order: "descending" });
    expect(x_sort(["b", "a"], "y")).toEqual(["b", "a"]);
    expect(x_sort(null, "y")).toBeUndefined();
  });

  it("rows outside both x limits go, but one neighbour per series stays on each side", () => {
    const rows = chart_rows(SALES, { x: "month", y: "sales", color: "region", x_lim: [2, 3] });
    expect(rows.map((r) => r.month).sort()).toEqual([1, 2, 3, 4]);
    const narrow = chart_rows(SALES, { x: "month", y: "sales", x_lim: [2, 2] });
    expect(narrow.map((r) => r.month).sort()).toEqual([1, 2, 3]);
  });

  it("series lists a nominal colour column's values in order", () => {
    expect(series(SALES, { color: "region" })).toEqual(["north", "south"]);
    expect(series(SALES, { color: "sales" })).toEqual([]);
  });

  it("a brushed temporal range is sent in seconds", () => {
    expect(brush_selection([1000, 5000], true)).toEqual({ value: [1, 5], index: [1, 5], selected: true });
    expect(brush_selection([1.5, 3], false)).toEqual({ value: [1.5, 3], index: [1.5, 3], selected: true });
    expect(brush_selection([], false)).toBeNull();
  });

  it("escapes dots and brackets in field names", () => {
    expect(field("a.b[0]")).toBe("a\\.b\\[0\\]");
  });
});
