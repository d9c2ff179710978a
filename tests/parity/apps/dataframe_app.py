"""Dataframes in and out: pandas, numpy, list and dict values, headers, datatypes, counts."""

import numpy as np
import pandas as pd

import gradio as gr


def scores() -> pd.DataFrame:
    return pd.DataFrame(
        {"name": ["Ann", "Bo", "Cy"], "score": [9.5, 7.0, 8.25], "passed": [True, False, True]}
    )


def transpose(rows: list[list[object]]) -> list[list[object]]:
    return [list(column) for column in zip(*rows, strict=False)]


def doubled(matrix: np.ndarray) -> np.ndarray:
    return matrix.astype(float) * 2


def column_sums(table: pd.DataFrame) -> dict[str, object]:
    numbers = table.apply(pd.to_numeric, errors="coerce")
    return {"headers": list(table.columns), "data": [list(numbers.sum().fillna(0))]}


with gr.Blocks() as demo:
    board = gr.Dataframe(
        label="Leaderboard",
        datatype=["str", "number", "bool"],
        show_search="search",
        show_row_numbers=True,
        pinned_columns=1,
        column_widths=[120, "30%"],
        buttons=["copy", "fullscreen"],
        max_height=300,
        wrap=True,
    )
    gr.Button("Scores").click(scores, None, board, api_name="scores")
    rows = gr.Dataframe([[1, "a"], [2, "b"]], headers=["n", "letter"], type="array", label="Rows")
    flipped = gr.Dataframe(label="Flipped", interactive=False)
    rows.change(transpose, rows, flipped, api_name="transpose")
    matrix = gr.Dataframe(
        np.arange(6).reshape(2, 3), type="numpy", row_count=(2, "fixed"), label="Matrix"
    )
    twice = gr.Dataframe(datatype="number", column_count=3, label="Doubled")
    matrix.input(doubled, matrix, twice, api_name="doubled")
    sheet = gr.Dataframe(
        {"headers": ["x", "y"], "data": [[1, 2], [3, 4]]},
        datatype="auto",
        static_columns=[0],
        max_chars=20,
        label="Sheet",
    )
    sums = gr.Dataframe(headers=["x", "y"], label="Sums")
    sheet.edit(column_sums, sheet, sums, api_name="column_sums")

if __name__ == "__main__":
    demo.launch()
