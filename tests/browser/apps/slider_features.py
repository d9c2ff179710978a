"""gr.Slider in the browser: dragging, keys, the number box, reset, release."""

from __future__ import annotations

import gradio as gr


def received(value: object) -> str:
    """What the server got: the Python type and repr, so tests can check both."""
    return f"{type(value).__name__}: {value!r}"


with gr.Blocks() as demo:
    level = gr.Slider(0, 10, value=3, step=0.5, label="Level", info="Half steps", elem_id="level")
    whole = gr.Slider(1, 5, value=2, step=1, label="Whole", elem_id="whole")
    gr.Slider(0, 100, value=40, label="Fixed", interactive=False, elem_id="fixed")
    out = gr.Textbox(label="Received", elem_id="out")
    released = gr.Textbox(label="Released", elem_id="released")

    level.change(received, level, out)
    level.release(received, level, released)
    whole.input(received, whole, out)

if __name__ == "__main__":
    demo.launch()
