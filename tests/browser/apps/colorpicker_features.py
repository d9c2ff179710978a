"""gr.ColorPicker in the browser: picks reach the server as hex; every event is logged."""

from __future__ import annotations

from collections.abc import Callable

import gradio as gr


def logger(event: str) -> Callable[[list[str]], tuple[list[str], str]]:
    """A listener that appends `event` to the session's log and shows the whole log."""

    def log_event(entries: list[str]) -> tuple[list[str], str]:
        entries = [*entries, event]
        return entries, " ".join(entries)

    return log_event


def swatch(color: str) -> str:
    return f"<div id='shown' style='background:{color}'>{color}</div>"


with gr.Blocks() as demo:
    color = gr.ColorPicker(value="#ff0000", label="color", info="A colour", elem_id="color")
    shown = gr.HTML(elem_id="html")
    log = gr.State([])
    events = gr.Textbox(label="Events", elem_id="events")
    gr.ColorPicker(value="#00ff00", label="static", interactive=False, elem_id="static")
    make_blue = gr.Button("Make it blue")

    color.change(swatch, color, shown)
    for name in ("input", "release", "submit", "focus", "blur"):
        # each event appends its name, so tests see which fired and in what order; one at a
        # time, or two events reading the same log would each drop the other's entry
        getattr(color, name)(
            logger(name),
            log,
            [log, events],
            concurrency_limit=1,
            concurrency_id="log",
        )
    make_blue.click(lambda: "#0000ff", None, color)

if __name__ == "__main__":
    demo.launch()
