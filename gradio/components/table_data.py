"""Tables for `gr.Dataframe`: any table-like value → the wire payload, and back.

The wire payload is `{"headers": [...], "data": [[...], ...], "metadata": None}`.
pandas, numpy and polars are recognised by their class names, so none of them is
imported until a value of theirs (or a `type=` that needs one) actually turns up.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any, Literal, TypedDict

TableType = Literal["pandas", "numpy", "array", "polars"]
"""What the user's function receives from an input `Dataframe`."""


class TablePayload(TypedDict):
    """A table as it travels on the wire."""

    headers: list[Any]
    data: list[list[Any]]
    metadata: dict[str, list[Any] | None] | None


def payload_from_value(value: Any, default_headers: list[str]) -> TablePayload:
    """Headers, rows and metadata of any value a `Dataframe` can show.

    Headers come from the value when it has them (a DataFrame's columns, a dict's
    `headers`), else from `default_headers`; either way they are cut or extended with
    "4", "5", ... to the width of the first row.
    """
    if value is None:
        return {"headers": list(default_headers), "data": [], "metadata": None}
    headers, rows, metadata = _headers_rows_metadata(value)
    headers = headers or list(default_headers)
    if not rows or (isinstance(rows[0], list) and not rows[0]):
        return {"headers": headers, "data": [], "metadata": None}
    width = len(rows[0])
    headers = headers[:width] + [str(i) for i in range(len(headers) + 1, width + 1)]
    return {"headers": headers, "data": rows, "metadata": metadata}


def value_for_function(payload: Any, table_type: TableType) -> Any:
    """The wire payload as a pandas/polars DataFrame, a numpy array or a list of lists."""
    headers, rows = _checked_payload(payload)
    if table_type == "array":
        return rows
    if table_type == "numpy":
        import numpy as np

        return np.array(rows)
    # The page sends [[]] for a table whose rows were all deleted: no rows, not one.
    rows = [] if rows == [[]] else rows
    if table_type == "polars":
        import polars

        return polars.DataFrame(rows or None, schema=headers, orient="row")
    pandas = import_pandas("type='pandas'")
    return pandas.DataFrame(rows, columns=headers)


def import_pandas(needed_for: str) -> Any:
    """pandas, or an ImportError that says how to get it (it is an optional dependency)."""
    try:
        import pandas
    except ImportError:
        raise ImportError(
            f"gr.Dataframe needs pandas for {needed_for}: install it with "
            "`pip install pandas`, or use type='array' or type='numpy'."
        ) from None
    return pandas


def auto_datatype(value: Any) -> str | list[str]:
    """`datatype="auto"`: one datatype per column, read off the value's column types."""
    kind = table_kind(value)
    if kind in ("pandas", "polars"):
        return [_datatype_of(str(dtype)) for dtype in value.dtypes]
    if kind == "styler":
        return [_datatype_of(str(dtype)) for dtype in value.data.dtypes]
    if kind == "numpy":
        if value.size == 0 or value.ndim < 2:
            return "str"
        return [_datatype_of(type(cell).__name__) for cell in value[0]]
    if isinstance(value, list) and value and isinstance(value[0], (list, tuple)):
        return [_datatype_of(type(cell).__name__) for cell in value[0]]
    return "str"


def table_kind(value: Any) -> str | None:
    """`"pandas"`, `"styler"`, `"numpy"` or `"polars"` for their tables, else `None`."""
    for cls in type(value).__mro__:
        package = cls.__module__.split(".", 1)[0]
        if package == "pandas" and cls.__name__ in ("DataFrame", "Styler"):
            return "pandas" if cls.__name__ == "DataFrame" else "styler"
        if package == "numpy" and cls.__name__ == "ndarray":
            return "numpy"
        if package == "polars" and cls.__name__ == "DataFrame":
            return "polars"
    return None


def _headers_rows_metadata(value: Any) -> tuple[list[Any], list[Any], Any]:
    kind = table_kind(value)
    if kind == "pandas":
        return _pandas_table(value)
    if kind == "styler":
        # Values only: the Styler's colours and formatted strings are not sent.
        hidden = set(getattr(value, "hidden_columns", []) or [])
        frame = value.data
        visible = [i for i in range(frame.shape[1]) if i not in hidden]
        return _pandas_table(frame.iloc[:, visible])
    if kind == "polars":
        columns = value.to_dict(as_series=False)
        rows = [_row(row) for row in zip(*columns.values(), strict=True)]
        return list(value.columns), rows, None
    if kind == "numpy":
        return [], _rows(value.tolist()), None
    if isinstance(value, dict):
        if "data" not in value:
            raise ValueError(
                "A dict for gr.Dataframe needs a 'data' key (a list of rows) and may have "
                f"'headers'; got the keys {sorted(map(str, value))}."
            )
        headers = list(value.get("headers") or [])
        return headers, _rows(value["data"]), value.get("metadata")
    if isinstance(value, str):
        return _pandas_table(import_pandas("a CSV file path").read_csv(value))
    if isinstance(value, (list, tuple)):
        return [], _rows(value), None
    raise ValueError(
        f"gr.Dataframe cannot show a value of type {type(value).__name__}: return a "
        "pandas or polars DataFrame, a numpy array, a list of rows, a dict with "
        "'headers' and 'data', or a CSV file path."
    )


def _pandas_table(frame: Any) -> tuple[list[Any], list[Any], None]:
    rows = frame.to_dict(orient="split")["data"]
    return [_cell(name) for name in frame.columns], [_row(row) for row in rows], None


def _rows(rows: Sequence[Any]) -> list[Any]:
    """Rows as lists; a flat list is one column (`[1, 2]` → `[[1], [2]]`)."""
    if not rows:
        return []
    if isinstance(rows[0], (list, tuple)):
        return [_row(row) for row in rows]
    return [[_cell(cell)] for cell in rows]


def _row(row: Sequence[Any]) -> list[Any]:
    return [_cell(cell) for cell in row]


def _cell(cell: Any) -> Any:
    """One cell as JSON can carry it: NaN and infinities become null (as orjson sends
    them), numpy scalars plain numbers, dates and other objects their `str()`."""
    if cell is None or isinstance(cell, (str, bool, int)):
        return cell
    if isinstance(cell, float):
        return cell if math.isfinite(cell) else None
    if isinstance(cell, (list, dict)):
        return cell
    item = getattr(cell, "item", None)
    if callable(item) and type(cell).__module__ == "numpy":
        return _cell(item())
    return str(cell)


def _checked_payload(payload: Any) -> tuple[list[Any], list[list[Any]]]:
    """Headers and rows of an incoming payload; a ValueError names what is wrong."""
    if not isinstance(payload, dict) or "data" not in payload:
        raise ValueError(
            "gr.Dataframe expects {'headers': [...], 'data': [[...], ...]}, "
            f"got {type(payload).__name__}: {str(payload)[:80]}"
        )
    headers, rows = payload.get("headers") or [], payload["data"]
    if not isinstance(headers, list) or not isinstance(rows, list):
        raise ValueError("gr.Dataframe expects 'headers' and 'data' to be lists.")
    if any(not isinstance(row, list) for row in rows):
        raise ValueError("gr.Dataframe expects 'data' to be a list of rows (lists).")
    return headers, rows


_DATATYPES = {
    "str": "str",
    "object": "str",
    "string": "str",
    "utf": "str",
    "category": "str",
    "categorical": "str",
    "int": "number",
    "uint": "number",
    "float": "number",
    "bool": "bool",
    "boolean": "bool",
    "datetime": "date",
    "date": "date",
    "timedelta": "date",
    "timestamp": "date",
}


def _datatype_of(type_name: str) -> str:
    """`"int64"` → number, `"datetime64[ns, UTC]"` → date, unknown → str."""
    base = re.sub(r"\[.*?\]|\(.*?\)", "", type_name)
    base = re.sub(r"\s*\d+\s*$", "", base).lower()
    return _DATATYPES.get(base, "str")
