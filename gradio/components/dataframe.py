"""`Dataframe`: a table shown to the user, or a spreadsheet they fill in."""

from __future__ import annotations

import importlib.util
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, get_args

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, mark_selectable
from gradio.components.table_data import (
    TableType,
    auto_datatype,
    payload_from_value,
    value_for_function,
)
from gradio.events.listener import EventListener
from gradio.exceptions import InvalidValueError

if TYPE_CHECKING:
    from gradio.components.timer import Timer

Datatype = Literal["str", "number", "bool", "date", "markdown", "html", "image", "auto"]
"""How a column's cells are shown and edited (`"auto"`: read off the value)."""
ColumnDatatype = Literal["str", "number", "bool", "date", "markdown", "html"]
"""A datatype given per column."""
Count = tuple[int, Literal["fixed", "dynamic"]]
"""A row or column count as the config sends it: `(3, "dynamic")`."""


class Dataframe(Component):
    """A table: pandas/polars DataFrames, numpy arrays or lists of rows, in and out.

    Parameters:
        value: the initial table (DataFrame, Styler, array, list of rows, dict with
            `headers` and `data`, CSV path), or a function computing it.
        headers: column names for values that have none.
        row_count: rows shown initially; `(n, "fixed")` (deprecated) stops adding rows.
        row_limits: accepted for compatibility (Gradio does not implement it yet).
        col_count: deprecated and ignored; use `column_count`.
        column_count: columns shown initially (default: the number of headers, or 3);
            `(n, "fixed")` stops adding columns.
        column_limits: accepted for compatibility (Gradio does not implement it yet).
        datatype: one datatype for every column, a list with one per column, or "auto".
        type: what the function receives: "pandas", "numpy", "array" (list of rows)
            or "polars".
        latex_delimiters: delimiters of LaTeX in markdown cells.
        label: the label, also the API parameter name.
        show_label: whether the label is shown.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        max_height: taller tables scroll (pixels, or a CSS length).
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        interactive: editable or display-only (default: decided by usage).
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        wrap: wrap long cell text instead of widening the column.
        line_breaks: single newlines in markdown cells become line breaks.
        column_widths: column widths (`"100px"`, `"20%"`; ints are pixels).
        buttons: `"fullscreen"` and/or `"copy"` in the corner (default: both).
        show_row_numbers: show a column of row numbers.
        max_chars: truncate longer cell text (the full text shows when selected).
        show_search: "search" shows a search box; "filter" too; "none" neither.
        pinned_columns: this many columns from the left stay put when scrolling.
        static_columns: indices of columns the user cannot edit.
    """

    change = EventListener("change", "The table changed.", trigger_mode="always_last")
    input = EventListener("input", "The user changed the table.")
    select = EventListener("select", "The user selected a cell.", callback=mark_selectable)
    edit = EventListener("edit", "The user edited a cell.")

    def __init__(
        self,
        value: Any = None,
        *,
        headers: list[str] | None = None,
        row_count: int | None = None,
        row_limits: tuple[int | None, int | None] | None = None,
        col_count: None = None,
        column_count: int | None = None,
        column_limits: tuple[int | None, int | None] | None = None,
        datatype: Datatype | Sequence[ColumnDatatype] = "str",
        type: TableType = "pandas",
        latex_delimiters: list[dict[str, str | bool]] | None = None,
        label: str | None = None,
        show_label: bool | None = None,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        max_height: int | str = 500,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
        wrap: bool = False,
        line_breaks: bool = True,
        column_widths: list[str | int] | None = None,
        buttons: list[Literal["fullscreen", "copy"]] | None = None,
        show_row_numbers: bool = False,
        max_chars: int | None = None,
        show_search: Literal["none", "search", "filter"] = "none",
        pinned_columns: int | None = None,
        static_columns: list[int] | None = None,
    ) -> None:
        _warn_about_deprecated_counts(row_count, col_count, row_limits, column_limits)
        self.row_count = _count(row_count, 3)
        """Initial rows, and whether the user may add more (`"dynamic"`)."""
        self.row_limits = row_limits
        self.column_count = _count(column_count, len(headers) if headers else 3)
        """Initial columns, and whether the user may add more (`"dynamic"`)."""
        self.col_count = self.column_count
        """The same as `column_count` (the config still sends both)."""
        self.column_limits = column_limits
        if headers is not None and len(headers) != self.column_count[0]:
            raise InvalidValueError(
                "Dataframe",
                "headers",
                f"{len(headers)} headers for column_count={self.column_count[0]}; "
                "give one header per column",
            )
        self.headers = (
            list(headers)
            if headers is not None
            else [str(i) for i in range(1, self.column_count[0] + 1)]
        )
        """Column names used when a value brings none."""
        if type not in get_args(TableType):
            raise InvalidValueError(
                "Dataframe", "type", f"{type!r} is not one of {list(get_args(TableType))}"
            )
        if type == "polars" and importlib.util.find_spec("polars") is None:
            raise ImportError("type='polars' needs polars: install it with `pip install polars`.")
        self.type = type
        """What the function receives: "pandas", "numpy", "array" or "polars"."""
        self.datatype: str | list[str] = (
            auto_datatype(None if callable(value) else value)
            if datatype == "auto"
            else datatype
            if isinstance(datatype, str)
            else list(datatype)
        )
        """One datatype for all columns, or one per column."""
        self.latex_delimiters = latex_delimiters or [{"left": "$$", "right": "$$", "display": True}]
        self.max_height = max_height
        self.wrap = wrap
        self.line_breaks = line_breaks
        self.column_widths = [_css_width(width) for width in column_widths or []]
        """Column widths as CSS lengths (ints become pixels)."""
        self.buttons = buttons
        self.show_row_numbers = show_row_numbers
        self.max_chars = max_chars
        self.show_search = show_search
        self.pinned_columns = pinned_columns
        self.static_columns = list(static_columns or [])
        super().__init__(
            value,
            label=label,
            every=every,
            inputs=inputs,
            show_label=show_label,
            scale=scale,
            min_width=min_width,
            interactive=interactive,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )

    def preprocess(self, payload: Any) -> Any:
        """The table as a pandas DataFrame, numpy array, list of rows or polars DataFrame."""
        if payload is None:
            return None
        return value_for_function(payload, self.type)

    def postprocess(self, value: Any) -> Any:
        """Any table-like value as `{"headers", "data", "metadata"}`."""
        return payload_from_value(value, self.headers)

    def api_info(self) -> dict[str, Any]:
        any_list = {"items": {}, "type": "array"}
        return {
            "properties": {
                "headers": {**any_list, "title": "Headers"},
                "data": {"items": any_list, "title": "Data", "type": "array"},
                "metadata": {
                    "anyOf": [
                        {
                            "additionalProperties": {"anyOf": [any_list, {"type": "null"}]},
                            "type": "object",
                        },
                        {"type": "null"},
                    ],
                    "default": None,
                    "title": "Metadata",
                },
            },
            "required": ["headers", "data"],
            "title": "DataframeData",
            "type": "object",
            "additional_description": None,
        }

    def example_payload(self) -> Any:
        return {"headers": ["a", "b"], "data": [["foo", "bar"]]}

    def as_example(self, value: Any) -> Any:
        """An example table shows its first five rows."""
        if value is None:
            return ""
        rows: list[list[Any]] = self.postprocess(value)["data"]
        return rows[:5]


def _count(count: Any, default: int) -> Count:
    """`None` → `(default, "dynamic")`, `4` → `(4, "dynamic")`, a pair stays as given."""
    if count is None:
        return (default, "dynamic")
    if isinstance(count, (int, float)):
        return (int(count), "dynamic")
    number, mode = count
    return (int(number), mode)


def _css_width(width: str | int) -> str:
    """`120` and `"120"` → `"120px"`; CSS lengths such as `"30%"` or `"auto"` stay."""
    return f"{width}px" if isinstance(width, int) or width.isdigit() else width


def _warn_about_deprecated_counts(
    row_count: Any, col_count: Any, row_limits: Any, column_limits: Any
) -> None:
    if isinstance(row_count, tuple):
        warnings.warn(
            "Passing a tuple to Dataframe(row_count=...) is deprecated: use row_count=5 "
            "and row_limits=(5, 5) instead of row_count=(5, 'fixed').",
            DeprecationWarning,
            stacklevel=4,
        )
    if col_count is not None:
        warnings.warn(
            "Dataframe(col_count=...) is deprecated and ignored: use column_count.",
            DeprecationWarning,
            stacklevel=4,
        )
    for name, limits in (("row_limits", row_limits), ("column_limits", column_limits)):
        if limits is not None:
            warnings.warn(
                f"Dataframe({name}=...) is not implemented yet.", UserWarning, stacklevel=4
            )
