"""`NativePlot`: what `LinePlot`, `BarPlot` and `ScatterPlot` share.

The server sends the DataFrame itself, not a chart: columns, rows, a Vega-Lite type per
column (`quantitative`, `nominal`, `temporal`) and the mark. The page builds the chart
from that and the props, so a theme switch or a resize never asks the server again.
For example `LinePlot(x="day", y="visits")` sends `pd.DataFrame({"day": [1, 2], "visits":
[5, 7]})` as `{"columns": ["day", "visits"], "data": [[1, 5], [2, 7]], "datatypes":
{"day": "quantitative", "visits": "quantitative"}, "mark": "line"}`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeAlias

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, mark_selectable
from gradio.events.listener import EventListener

if TYPE_CHECKING:
    import pandas as pd

    from gradio.components.button import Button
    from gradio.components.timer import Timer

Aggregate: TypeAlias = Literal["sum", "mean", "median", "min", "max", "count"]
"""How y values that share an x (or an x bin) are combined."""

ColumnType: TypeAlias = Literal["quantitative", "nominal", "temporal"]
"""The Vega-Lite type of a column, from its pandas dtype."""


class NativePlot(Component):
    """A chart of a pandas DataFrame drawn in the page (base of the three native plots).

    Parameters:
        value: the DataFrame to plot, or a function computing it on each page load.
        x: the column on the x axis (numbers, datetimes or strings).
        y: the column on the y axis (numbers).
        color: the column that splits the data into coloured series.
        title: the chart title.
        x_title: the x axis title (default: the `x` column name).
        y_title: the y axis title (default: the `y` column name).
        color_title: the legend title (default: the `color` column name).
        x_bin: bin width for a numeric x, or a duration such as `"15m"` for datetimes.
        y_aggregate: how y values in one bin or category combine.
        color_map: series name → CSS colour.
        colors_in_legend: the series the legend lists (default: all).
        x_lim: `[min, max]` of the x axis; either may be `None` (timestamps for datetimes).
        y_lim: `[min, max]` of the y axis; either may be `None`.
        x_label_angle: rotation of the x tick labels in degrees.
        y_label_angle: rotation of the y tick labels in degrees.
        x_axis_format: d3 format of the x tick labels (e.g. `".2e"`).
        y_axis_format: d3 format of the y tick labels.
        x_axis_labels_visible: whether the x tick labels are shown.
        caption: text under the chart.
        sort: order of categorical x values: `"x"`, `"y"`, `"-x"`, `"-y"` or a list.
        tooltip: `"axis"`, `"all"`, `"none"`, or extra columns to show on hover.
        height: the chart height in pixels.
        label: the label, also the API parameter name.
        show_label: whether the label is shown (default: only when there is a label).
        container: whether it sits in a padded box.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        buttons: `"fullscreen"`, `"export"` (PNG download) and/or custom buttons.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
    """

    change = EventListener("change", "The plotted data changed.")
    select = EventListener(
        "select",
        "The user brushed an x range: `index` and `value` are `[x_min, x_max]`.",
        callback=mark_selectable,
    )
    double_click = EventListener("double_click", "The user double-clicked the chart.")

    block_name = "nativeplot"
    mark: ClassVar[str] = "native"
    """The Vega-Lite mark the page draws (`line`, `bar`, `point`)."""

    def __init__(
        self,
        value: pd.DataFrame | Callable[..., Any] | None = None,
        x: str | None = None,
        y: str | None = None,
        *,
        color: str | None = None,
        title: str | None = None,
        x_title: str | None = None,
        y_title: str | None = None,
        color_title: str | None = None,
        x_bin: str | float | None = None,
        y_aggregate: Aggregate | None = None,
        color_map: dict[str, str] | None = None,
        colors_in_legend: list[str] | None = None,
        x_lim: list[float | None] | None = None,
        y_lim: list[float | None] | None = None,
        x_label_angle: float = 0,
        y_label_angle: float = 0,
        x_axis_format: str | None = None,
        y_axis_format: str | None = None,
        x_axis_labels_visible: bool | Literal["hidden"] = True,
        caption: str | None = None,
        sort: Literal["x", "y", "-x", "-y"] | list[str] | None = None,
        tooltip: Literal["axis", "none", "all"] | list[str] = "axis",
        height: int | None = None,
        label: str | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        buttons: list[Literal["fullscreen", "export"] | Button] | None = None,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
    ) -> None:
        self.x = x
        self.y = y
        self.color = color
        self.title = title
        self.x_title = x_title
        self.y_title = y_title
        self.color_title = color_title
        self.x_bin = x_bin
        self.y_aggregate = y_aggregate
        self.color_map = color_map
        self.colors_in_legend = colors_in_legend
        self.x_lim = x_lim
        self.y_lim = y_lim
        self.x_label_angle = x_label_angle
        self.y_label_angle = y_label_angle
        self.x_axis_format = x_axis_format
        self.y_axis_format = y_axis_format
        self.x_axis_labels_visible = x_axis_labels_visible
        self.caption = caption
        self.sort = sort
        self.tooltip = tooltip
        self.height = height
        self.buttons = [] if buttons is None else list(buttons)
        # A chart has its title and axes: the label only shows when one is given.
        if label is None and show_label is None:
            show_label = False
        super().__init__(
            value,
            label=label,
            every=every,
            inputs=inputs,
            show_label=show_label,
            container=container,
            scale=scale,
            min_width=min_width,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )

    def get_block_class(self) -> str:
        """The config `name` and API component name: `lineplot`, `barplot`, `scatterplot`."""
        return type(self).__name__.lower()

    def get_config(self) -> dict[str, Any]:
        props = super().get_config()
        props["name"] = self.get_block_class()
        return props

    def preprocess(self, payload: Any) -> Any:
        """The plotted data as sent (`columns`, `data`, `datatypes`, `mark`)."""
        return payload

    def postprocess(self, value: Any) -> Any:
        """A DataFrame → its columns, rows, column types and this plot's mark."""
        if value is None or isinstance(value, dict):
            return value
        if not _is_dataframe(value):
            raise ValueError(
                f"{type(self).__name__} expects a pandas DataFrame, "
                f"got {type(value).__name__}: {value!r:.80}"
            )
        datatypes = {str(col): column_type(value[col].dtype) for col in value.columns}
        split = json.loads(_epoch_ms(value, datatypes).to_json(orient="split"))
        return {
            "columns": split["columns"],
            "data": split["data"],
            "datatypes": datatypes,
            "mark": self.mark,
        }

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any valid json"}

    def example_payload(self) -> Any:
        return None

    def example_value(self) -> Any:
        import pandas as pd

        return pd.DataFrame({self.x: [1, 2, 3], self.y: [4, 5, 6]})


def column_type(dtype: Any) -> ColumnType:
    """The Vega-Lite type of a pandas dtype; other dtypes (lists, objects) are refused."""
    import pandas as pd

    if pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_numeric_dtype(dtype):
        return "quantitative"
    if pd.api.types.is_string_dtype(dtype) or isinstance(dtype, pd.CategoricalDtype):
        return "nominal"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "temporal"
    raise ValueError(f"Cannot plot a column of type {dtype}: use numbers, strings or datetimes")


def _epoch_ms(frame: pd.DataFrame, datatypes: dict[str, ColumnType]) -> pd.DataFrame:
    """Datetime columns as milliseconds since 1970 (UTC), the page's time unit.

    pandas 3 deprecates `to_json`'s epoch dates, so the columns are converted first:
    `2024-01-01` becomes `1704067200000`.
    """
    import pandas as pd

    temporal = [col for col in frame.columns if datatypes[str(col)] == "temporal"]
    if not temporal:
        return frame
    frame = frame.copy()
    for col in temporal:
        times = frame[col]
        frame[col] = (times - pd.Timestamp(0, tz=times.dt.tz)) // pd.Timedelta(milliseconds=1)
    return frame


def _is_dataframe(value: Any) -> bool:
    # pandas is only imported when a value could be a DataFrame: a module that is not
    # loaded yet cannot have made `value`.
    import sys

    pandas = sys.modules.get("pandas")
    return pandas is not None and isinstance(value, pandas.DataFrame)
