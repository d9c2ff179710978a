"""gr.Checkbox in the browser: ticking sends a bool; select carries the label."""

from __future__ import annotations

import gradio as gr


def received(value: object) -> str:
    """What the server got: the Python type and repr, so tests can check both."""
    return f"{type(value).__name__}: {value!r}"


def selected(event: gr.SelectData) -> str:
    return f"select {event.value!r} {event.selected!r}"


with gr.Blocks() as demo:
    agree = gr.Checkbox(label="I agree", info="Required", elem_id="agree")
    gr.Checkbox(True, label="Locked", interactive=False, elem_id="locked")
    out = gr.Textbox(label="Received", elem_id="out")
    events = gr.Textbox(label="Events", elem_id="events")
    agree.change(received, agree, out)
    agree.select(selected, None, events)

if __name__ == "__main__":
    demo.launch()
