"""`LinePlot`: a line chart, drawn in the page from a DataFrame."""

from __future__ import annotations

from typing import ClassVar

from gradio.components.native_plot import NativePlot


class LinePlot(NativePlot):
    """Draws a DataFrame as a line per series, through its points in x order.

    Parameters are those of `NativePlot`: `value` is the DataFrame, `x` and `y` name
    its columns, and `color` splits it into series.
    """

    mark: ClassVar[str] = "line"
