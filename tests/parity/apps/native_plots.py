"""Native plots (line, bar, scatter) fed by DataFrames, and a matplotlib `gr.Plot`."""

import pandas as pd

import gradio as gr

SALES = pd.DataFrame(
    {
        "month": [1, 2, 3, 4, 5, 6],
        "sales": [10.0, 12.5, 9.0, 14.0, 18.5, 17.0],
        "region": ["north", "south", "north", "south", "north", "south"],
    }
)


def trend(points: float) -> pd.DataFrame:
    n = int(points)
    return pd.DataFrame({"x": list(range(n)), "y": [i * i for i in range(n)]})


def by_fruit(scale: float) -> pd.DataFrame:
    return pd.DataFrame({"fruit": ["apple", "pear", "fig"], "count": [3 * scale, 5 * scale, 2]})


def figure(slope: float):  # type: ignore[no-untyped-def]
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(3, 2))
    fig.add_subplot().plot([0, 1, 2], [0, slope, 2 * slope])
    return fig


with gr.Blocks() as demo:
    points = gr.Number(4, label="Points")
    line = gr.LinePlot(x="x", y="y", title="Squares", x_lim=[0, 10], height=300)
    bar = gr.BarPlot(
        SALES,
        x="month",
        y="sales",
        color="region",
        x_title="Month",
        y_aggregate="sum",
        sort="-y",
        color_map={"north": "#ff0000", "south": "blue"},
        caption="Monthly sales",
        buttons=["fullscreen", "export"],
    )
    scatter = gr.ScatterPlot(
        SALES, x="month", y="sales", color="region", tooltip="all", y_lim=[0, 20], label="Sales"
    )
    fruits = gr.BarPlot(x="fruit", y="count", x_label_angle=45, show_label=True)
    slope = gr.Number(1, label="Slope")
    plot = gr.Plot(label="Figure", format="png")
    points.change(trend, points, line, api_name="trend")
    slope.change(by_fruit, slope, fruits, api_name="by_fruit")
    slope.submit(figure, slope, plot, api_name="figure")
    line.select(lambda: None, None, None, api_name=False)

if __name__ == "__main__":
    demo.launch()
