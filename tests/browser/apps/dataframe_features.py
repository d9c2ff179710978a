"""Dataframes to drive in the browser: a sortable, searchable output, an editable input."""

import gradio as gr


def leaderboard() -> dict[str, object]:
    return {
        "headers": ["name", "score", "notes"],
        "data": [
            ["Bo", 7, "**bold** move"],
            ["Ann", 9.5, "steady"],
            ["Cy", 8, "<b>raw</b> text"],
        ],
    }


def total(rows: list[list[object]]) -> str:
    numbers = [float(row[1]) for row in rows if row and str(row[1]).strip()]
    return f"{len(rows)} rows, total {sum(numbers):g}"


def picked(event: gr.SelectData) -> str:
    return f"{event.index} {event.value} row={event.row_value} col={event.col_value}"


with gr.Blocks() as demo:
    board = gr.Dataframe(
        label="Leaderboard",
        datatype=["str", "number", "markdown"],
        show_search="search",
        show_row_numbers=True,
        interactive=False,
        elem_id="board",
    )
    load = gr.Button("Load")
    load.click(leaderboard, None, board)
    sheet = gr.Dataframe(
        [["apples", 3], ["pears", 4]],
        headers=["fruit", "count"],
        datatype=["str", "number"],
        type="array",
        interactive=True,
        label="Basket",
        elem_id="sheet",
    )
    summary = gr.Textbox(label="Summary", elem_id="summary")
    sheet.change(total, sheet, summary)
    selected = gr.Textbox(label="Selected", elem_id="selected")
    board.select(picked, None, selected)

if __name__ == "__main__":
    demo.launch()
