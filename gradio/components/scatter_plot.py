"""`ScatterPlot`: a point per row, drawn in the page from a DataFrame."""

from __future__ import annotations

from typing import ClassVar

from gradio.components.native_plot import NativePlot


class ScatterPlot(NativePlot):
    """Draws a DataFrame as a point per row.

    Parameters are those of `NativePlot`: `value` is the DataFrame, `x` and `y` name
    its columns, and `color` splits it into series.
    """

    mark: ClassVar[str] = "point"
