"""Plots in the browser: native plots fed by DataFrames, and a matplotlib `gr.Plot`."""

from typing import cast

import pandas as pd

import gradio as gr

SALES = pd.DataFrame(
    {
        "month": [1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6],
        "sales": [10.0, 12.5, 9.0, 14.0, 18.5, 17.0, 8.0, 9.5, 11.0, 10.0, 12.0, 15.5],
        "region": ["north"] * 6 + ["south"] * 6,
    }
)
FRUIT = pd.DataFrame({"fruit": ["apple", "pear", "fig", "apple"], "count": [3, 5, 2, 4]})


def squares(points: float) -> pd.DataFrame:
    n = int(points)
    return pd.DataFrame({"x": list(range(n)), "y": [i * i for i in range(n)]})


def figure(slope: float):  # type: ignore[no-untyped-def]
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4, 3))
    fig.add_subplot().plot([0, 1, 2], [0, slope, 2 * slope])
    return fig


def brushed(event: gr.SelectData) -> str:
    low, high = cast(list[float], event.index)  # a brushed [x_min, x_max]
    return f"{low:.0f}..{high:.0f}"


with gr.Blocks() as demo:
    with gr.Row():
        points = gr.Number(7, label="Points", elem_id="points")
        slope = gr.Number(2, label="Slope", elem_id="slope")
        selected = gr.Textbox(label="Selected", elem_id="selected")
    line = gr.LinePlot(squares(7), x="x", y="y", title="Squares", elem_id="line", height=260)
    with gr.Row():
        sales = gr.LinePlot(
            SALES, x="month", y="sales", color="region", elem_id="sales", label="Sales"
        )
        fruit = gr.BarPlot(
            FRUIT, x="fruit", y="count", y_aggregate="sum", elem_id="fruit", caption="Fruit"
        )
        scatter = gr.ScatterPlot(SALES, x="month", y="sales", color="region", elem_id="scatter")
    plot = gr.Plot(label="Figure", elem_id="figure")
    points.change(squares, points, line)
    slope.change(figure, slope, plot)
    sales.select(brushed, None, selected)
    demo.load(figure, slope, plot)

if __name__ == "__main__":
    demo.launch()
