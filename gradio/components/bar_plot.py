"""`BarPlot`: a bar chart, drawn in the page from a DataFrame."""

from __future__ import annotations

from typing import ClassVar

from gradio.components.native_plot import NativePlot


class BarPlot(NativePlot):
    """Draws a DataFrame as bars, one per x value or bin (y summed unless `y_aggregate` says).

    Parameters are those of `NativePlot`: `value` is the DataFrame, `x` and `y` name
    its columns, and `color` splits it into series.
    """

    mark: ClassVar[str] = "bar"
