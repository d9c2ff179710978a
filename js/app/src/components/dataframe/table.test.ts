import { describe, expect, it } from "vitest";
import {
  addColumn,
  addRow,
  castCell,
  compareCells,
  datatypeAt,
  nextSort,
  selectData,
  setCell,
  tableCsv,
  truncate,
  visibleRows,
  withEmptyRows,
} from "./table";
import type { TableValue } from "./types";

const table: TableValue = {
  headers: ["name", "score"],
  data: [
    ["Bo", 7],
    ["ann", 10],
    ["Cy", 9.5],
  ],
  metadata: null,
};

describe("sorting", () => {
  it("cycles a header through ascending, descending and unsorted", () => {
    const asc = nextSort(null, 1);
    expect(asc).toEqual({ col: 1, dir: "asc" });
    const desc = nextSort(asc, 1);
    expect(desc).toEqual({ col: 1, dir: "desc" });
    expect(nextSort(desc, 1)).toBeNull();
    expect(nextSort(desc, 0)).toEqual({ col: 0, dir: "asc" });
  });

  it("sorts number columns by value, not as text", () => {
    expect(visibleRows(table.data, { col: 1, dir: "asc" }, "", ["str", "number"])).toEqual([0, 2, 1]);
    expect(visibleRows(table.data, { col: 1, dir: "desc" }, "", ["str", "number"])).toEqual([1, 2, 0]);
  });

  it("sorts text case-insensitively and numbers inside text naturally", () => {
    expect(visibleRows(table.data, { col: 0, dir: "asc" }, "")).toEqual([1, 0, 2]);
    expect(compareCells("item 2", "item 10", "str")).toBeLessThan(0);
  });

  it("puts blank cells last and keeps equal rows in their order", () => {
    const data = [["", 1], ["b", 1], ["a", 1]];
    expect(visibleRows(data, { col: 0, dir: "asc" }, "")).toEqual([2, 1, 0]);
    expect(visibleRows(data, { col: 1, dir: "asc" }, "", "number")).toEqual([0, 1, 2]);
  });
});

describe("search", () => {
  it("keeps rows with a cell containing the text, ignoring case", () => {
    expect(visibleRows(table.data, null, "AN")).toEqual([1]);
    expect(visibleRows(table.data, null, "9.5")).toEqual([2]);
    expect(visibleRows(table.data, null, "  ")).toEqual([0, 1, 2]);
  });

  it("searches and sorts together", () => {
    expect(visibleRows(table.data, { col: 1, dir: "desc" }, "y", "number")).toEqual([2]);
  });
});

describe("editing", () => {
  it("casts typed text to the column datatype as Gradio does", () => {
    expect(castCell("12.5", "number")).toBe(12.5);
    expect(castCell("twelve", "number")).toBe("twelve");
    expect(castCell("", "number")).toBe("");
    expect(castCell("TRUE", "bool")).toBe(true);
    expect(castCell("0", "bool")).toBe(false);
    expect(castCell("2024-01-02T00:00:00Z", "date")).toBe("2024-01-02T00:00:00.000Z");
    expect(castCell("**x**", "markdown")).toBe("**x**");
  });

  it("sets one cell and leaves the given table untouched", () => {
    const edited = setCell(table, 0, 1, "8", "number");
    expect(edited.data[0]).toEqual(["Bo", 8]);
    expect(table.data[0]).toEqual(["Bo", 7]);
    expect(edited.data[1]).toBe(table.data[1]);
  });

  it("reads the datatype of a column from a single value or a list", () => {
    expect(datatypeAt(["str", "number"], 1)).toBe("number");
    expect(datatypeAt(["str"], 3)).toBe("str");
    expect(datatypeAt("bool", 3)).toBe("bool");
  });
});

describe("adding rows and columns", () => {
  it("appends an empty row as wide as the headers", () => {
    expect(addRow(table).data.at(-1)).toEqual(["", ""]);
    expect(addRow(table, 0).data[0]).toEqual(["", ""]);
    expect(table.data).toHaveLength(3);
  });

  it("appends a numbered column with empty cells", () => {
    const wider = addColumn(table);
    expect(wider.headers).toEqual(["name", "score", "3"]);
    expect(wider.data.map((row) => row.length)).toEqual([3, 3, 3]);
  });

  it("gives an empty editable table rows to type into", () => {
    expect(withEmptyRows({ headers: ["a", "b"], data: [] }, 2).data).toEqual([["", ""], ["", ""]]);
    expect(withEmptyRows(table, 5)).toBe(table);
  });
});

describe("events and copying", () => {
  it("describes a selected cell with its row and column", () => {
    expect(selectData(table.data, 2, 1)).toEqual({ index: [2, 1], value: 9.5, row_value: ["Cy", 9.5], col_value: [7, 10, 9.5] });
  });

  it("copies the table as CSV, quoting cells that need it", () => {
    const tricky: TableValue = { headers: ["a", "b"], data: [["x,y", 'say "hi"'], [null, true]] };
    expect(tableCsv(tricky)).toBe('a,b\n"x,y","say ""hi"""\n,true');
  });

  it("truncates long text only when a limit is set", () => {
    expect(truncate("abcdef", 3)).toBe("abc...");
    expect(truncate("abcdef", null)).toBe("abcdef");
  });
});
