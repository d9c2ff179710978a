/**
 * Pure table logic for gr.Dataframe: which rows show in which order (sort, search), how
 * an edit is cast and applied, adding rows and columns, and the data of events.
 * Every function returns a new value; none touches the one it was given.
 */
import type { Datatype, TableValue } from "./types";

/** The column a table is sorted by, and which way. */
export interface SortState {
  col: number;
  dir: "asc" | "desc";
}

/** Clicking a header cycles its column: unsorted → ascending → descending → unsorted. */
export function nextSort(current: SortState | null, col: number): SortState | null {
  if (!current || current.col !== col) return { col, dir: "asc" };
  return current.dir === "asc" ? { col, dir: "desc" } : null;
}

/** The datatype of column `col` (one for all columns, or one per column; default "str"). */
export function datatypeAt(datatype: Datatype | Datatype[] | undefined, col: number): Datatype {
  if (Array.isArray(datatype)) return datatype[col] ?? "str";
  return datatype ?? "str";
}

/**
 * Indices of the rows to show, in display order: rows containing `query` (any cell,
 * case-insensitive), sorted by `sort`. Equal cells keep their original order.
 */
export function visibleRows(
  data: unknown[][],
  sort: SortState | null,
  query: string,
  datatype?: Datatype | Datatype[],
): number[] {
  const needle = query.trim().toLowerCase();
  let order = data.map((_, i) => i);
  if (needle) order = order.filter((i) => (data[i] ?? []).some((cell) => cellText(cell).toLowerCase().includes(needle)));
  if (sort) {
    const kind = datatypeAt(datatype, sort.col);
    const sign = sort.dir === "asc" ? 1 : -1;
    order = [...order].sort((a, b) => sign * compareCells(data[a]?.[sort.col], data[b]?.[sort.col], kind) || a - b);
  }
  return order;
}

/** Order two cells of a column: numbers and dates by value, the rest as text; blanks last. */
export function compareCells(a: unknown, b: unknown, kind: Datatype): number {
  const blank_a = a === null || a === undefined || a === "";
  const blank_b = b === null || b === undefined || b === "";
  if (blank_a || blank_b) return Number(blank_a) - Number(blank_b);
  if (kind === "number" || kind === "bool" || kind === "date") {
    const x = sortKey(a, kind);
    const y = sortKey(b, kind);
    if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  }
  return cellText(a).localeCompare(cellText(b), undefined, { numeric: true });
}

function sortKey(value: unknown, kind: Datatype): number {
  if (kind === "date") return new Date(String(value)).getTime();
  if (kind === "bool") return castCell(value, "bool") === true ? 1 : 0;
  return Number(value);
}

/** How a cell reads as text: null is empty, everything else its string form. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Text cut to `max_chars` with an ellipsis (no limit when null). */
export function truncate(text: string, max_chars: number | null | undefined): string {
  if (!max_chars || text.length <= max_chars) return text;
  return `${text.slice(0, max_chars)}...`;
}

/**
 * What typed text becomes in a column: a number for "number" (text that is not one stays
 * text), true/false for "bool" ("true"/"1", "false"/"0"), an ISO string for "date".
 */
export function castCell(value: unknown, kind: Datatype): unknown {
  if (value === null || value === undefined) return value;
  if (kind === "number") {
    if (typeof value === "string" && value.trim() === "") return value;
    const n = Number(value);
    return Number.isNaN(n) ? value : n;
  }
  if (kind === "bool") {
    if (typeof value === "boolean") return value;
    if (typeof value === "number") return value !== 0;
    const text = String(value).toLowerCase();
    if (text === "true" || text === "1") return true;
    if (text === "false" || text === "0") return false;
    return value;
  }
  if (kind === "date") {
    const date = new Date(String(value));
    return Number.isNaN(date.getTime()) ? value : date.toISOString();
  }
  return value;
}

/** The table with cell [row, col] set to `text` cast to the column's datatype. */
export function setCell(table: TableValue, row: number, col: number, text: string, kind: Datatype): TableValue {
  const data = table.data.map((cells, r) => (r === row ? cells.map((cell, c) => (c === col ? castCell(text, kind) : cell)) : cells));
  return { ...table, data, metadata: null };
}

/** The table with an empty row inserted at `at` (default: at the end). */
export function addRow(table: TableValue, at: number = table.data.length): TableValue {
  const width = Math.max(table.headers.length, table.data[0]?.length ?? 0);
  const data = [...table.data];
  data.splice(at, 0, Array.from({ length: width }, () => ""));
  return { ...table, data, metadata: null };
}

/** The table with an empty column at the end, headed by its number ("4" after 3 columns). */
export function addColumn(table: TableValue): TableValue {
  const headers = [...table.headers, String(table.headers.length + 1)];
  return { ...table, headers, data: table.data.map((cells) => [...cells, ""]), metadata: null };
}

/** What a `select` event carries for cell [row, col]. */
export function selectData(data: unknown[][], row: number, col: number): {
  index: [number, number];
  value: unknown;
  row_value: unknown[];
  col_value: unknown[];
} {
  return { index: [row, col], value: data[row]?.[col], row_value: data[row] ?? [], col_value: data.map((cells) => cells[col]) };
}

/** The table as CSV (headers first), for the copy button. */
export function tableCsv(table: TableValue): string {
  const line = (cells: unknown[]): string => cells.map((cell) => csvField(cellText(cell))).join(",");
  return [line(table.headers), ...table.data.map(line)].join("\n");
}

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** An empty table of the configured size, shown when the value is missing. */
export function emptyTable(headers: string[] | undefined): TableValue {
  return { headers: headers ?? ["1", "2", "3"], data: [], metadata: null };
}

/** An editable table with no rows gets `rows` empty rows to type into, as many cells as headers. */
export function withEmptyRows(table: TableValue, rows: number): TableValue {
  if (table.data.length > 0 || rows <= 0) return table;
  const data = Array.from({ length: rows }, () => table.headers.map(() => ""));
  return { ...table, data };
}
