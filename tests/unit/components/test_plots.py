"""Plot, LinePlot, BarPlot and ScatterPlot: values, config entries and API info as Gradio 6.31."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from typing import Any

import pandas as pd
import pytest

import gradio as gr

SALES = pd.DataFrame({"month": [1, 2], "sales": [10.5, 12.0], "region": ["north", "south"]})


def props_of(component: gr.Component) -> dict[str, Any]:
    return component.get_config()


@pytest.mark.parametrize(
    ("cls", "mark", "name"),
    [
        (gr.LinePlot, "line", "lineplot"),
        (gr.BarPlot, "bar", "barplot"),
        (gr.ScatterPlot, "point", "scatterplot"),
    ],
)
def test_a_dataframe_is_sent_as_columns_rows_types_and_mark(
    cls: type[gr.LinePlot], mark: str, name: str
) -> None:
    plot = cls(SALES, x="month", y="sales")

    assert plot.value == {
        "columns": ["month", "sales", "region"],
        "data": [[1, 10.5, "north"], [2, 12.0, "south"]],
        "datatypes": {"month": "quantitative", "sales": "quantitative", "region": "nominal"},
        "mark": mark,
    }
    assert plot.get_block_name() == "nativeplot"
    assert props_of(plot)["name"] == name


def test_datetimes_are_epoch_milliseconds_and_temporal() -> None:
    frame = pd.DataFrame({"t": pd.to_datetime(["2024-01-01", "2024-01-02"]), "v": [1, 2]})

    value = gr.LinePlot(x="t", y="v").postprocess(frame)

    assert value["datatypes"] == {"t": "temporal", "v": "quantitative"}
    assert value["data"][0][0] == 1704067200000


def test_categorical_and_boolean_columns_get_their_types() -> None:
    frame = pd.DataFrame({"c": pd.Categorical(["a", "b"]), "ok": [True, False]})

    assert gr.BarPlot(x="c", y="ok").postprocess(frame)["datatypes"] == {
        "c": "nominal",
        "ok": "quantitative",
    }


def test_native_plot_config_entries_are_gradios() -> None:
    plot = gr.BarPlot(x="a", y="b", y_lim=[0, None], sort="-y", buttons=["export"])

    props = props_of(plot)

    assert props["show_label"] is False  # no label: the chart has its own title and axes
    assert props["tooltip"] == "axis"
    assert props["x_axis_labels_visible"] is True
    assert props["y_lim"] == [0, None]
    assert props["buttons"] == ["export"]
    assert "value" not in props and "color" not in props
    assert gr.LinePlot(label="Trend").get_config()["show_label"] is True


def test_native_plot_events_and_api_info() -> None:
    assert gr.LinePlot.EVENTS == ("change", "select", "double_click")
    plot = gr.ScatterPlot(x="a", y="b")
    assert plot.api_info() == {"type": {}, "description": "any valid json"}
    assert plot.example_payload() is None
    assert list(plot.example_value().columns) == ["a", "b"]


def test_a_select_listener_makes_the_plot_selectable() -> None:
    with gr.Blocks():
        plot = gr.LinePlot(x="a", y="b")
        plot.select(lambda: None)

    assert props_of(plot)["_selectable"] is True


def test_a_native_plot_refuses_what_is_not_a_dataframe() -> None:
    with pytest.raises(ValueError, match="LinePlot expects a pandas DataFrame, got list"):
        gr.LinePlot(x="a", y="b").postprocess([[1, 2]])


def test_a_column_of_durations_cannot_be_plotted() -> None:
    frame = pd.DataFrame({"a": [1, 2], "b": pd.to_timedelta([1, 2], unit="s")})

    with pytest.raises(ValueError, match=r"Cannot plot a column of type timedelta64"):
        gr.LinePlot(x="a", y="b").postprocess(frame)


def test_a_matplotlib_figure_is_an_image_data_url_in_the_plots_format() -> None:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(2, 1))
    figure.add_subplot().plot([0, 1], [1, 0])

    value = gr.Plot(format="png").postprocess(figure)

    assert value["type"] == "matplotlib"
    prefix = "data:image/png;base64,"
    assert value["plot"].startswith(prefix)
    assert base64.b64decode(value["plot"][len(prefix) :])[:8] == b"\x89PNG\r\n\x1a\n"
    assert gr.Plot().postprocess(figure)["plot"].startswith("data:image/webp;base64,")


def test_a_plotly_figure_is_sent_as_its_json() -> None:
    import plotly.graph_objects as go  # type: ignore[import-untyped]

    figure = go.Figure(go.Bar(x=["a", "b"], y=[1, 2]))

    value = gr.Plot().postprocess(figure)

    assert value["type"] == "plotly"
    assert json.loads(value["plot"])["data"][0]["type"] == "bar"


def test_an_altair_chart_is_sent_as_its_vega_lite_json() -> None:
    import altair as alt

    chart = alt.Chart(SALES).mark_bar().encode(x="month", y="sales")

    value = gr.Plot().postprocess(chart)

    assert value["type"] == "altair"
    assert json.loads(value["plot"])["mark"]["type"] == "bar"


def test_plot_passes_none_and_plot_dicts_and_refuses_anything_else() -> None:
    plot = gr.Plot()
    assert plot.postprocess(None) is None
    assert plot.postprocess({"type": "plotly", "plot": "{}"}) == {"type": "plotly", "plot": "{}"}
    with pytest.raises(ValueError, match="Plot cannot show a value of type int"):
        plot.postprocess(3)
    with pytest.raises(ValueError, match="got a dict with keys"):
        plot.postprocess({"x": 1})


def test_plot_config_and_api_info_are_gradios() -> None:
    plot = gr.Plot(label="Figure")

    props = props_of(plot)

    assert props["format"] == "webp"
    assert props["buttons"] == []
    assert props["name"] == "plot"
    assert gr.Plot.EVENTS == ("change",)
    info = plot.api_info()
    assert info["title"] == "PlotData"
    assert info["required"] == ["type", "plot"]
    assert list(info["properties"]) == ["type", "plot"]


def test_import_gradio_loads_no_plotting_library() -> None:
    code = (
        "import sys, gradio\n"
        "libs = ('pandas', 'matplotlib', 'plotly', 'altair', 'bokeh')\n"
        "print(','.join(m for m in libs if m in sys.modules))\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == ""
