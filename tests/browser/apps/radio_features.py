"""gr.Radio in the browser: choices as strings and (label, value) tuples, select data."""

from __future__ import annotations

import gradio as gr


def received(value: object) -> str:
    """What the server got: the Python type and repr, so tests can check both."""
    return f"{type(value).__name__}: {value!r}"


def selected(event: gr.SelectData) -> str:
    return f"select {event.index!r} {event.value!r}"


with gr.Blocks() as demo:
    flavour = gr.Radio(
        ["vanilla", "chocolate"], label="Flavour", info="Pick one", elem_id="flavour"
    )
    size = gr.Radio([("Small", 1), ("Large", 3)], value=1, label="Size", elem_id="size")
    index = gr.Radio(["zero", "one", "two"], type="index", label="Index", elem_id="index")
    gr.Radio(["on", "off"], value="on", label="Fixed", interactive=False, elem_id="fixed")
    out = gr.Textbox(label="Received", elem_id="out")
    events = gr.Textbox(label="Events", elem_id="events")

    flavour.change(received, flavour, out)
    flavour.select(selected, None, events)
    size.input(received, size, out)
    index.change(received, index, out)

if __name__ == "__main__":
    demo.launch()
