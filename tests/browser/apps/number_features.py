"""gr.Number in the browser: typing, Enter, precision, bounds, static mode."""

from __future__ import annotations

import gradio as gr


def received(value: object) -> str:
    """What the server got: the Python type and repr, so tests can check both."""
    return f"{type(value).__name__}: {value!r}"


with gr.Blocks() as demo:
    amount = gr.Number(label="Amount", info="Any number", elem_id="amount")
    count = gr.Number(label="Count", precision=0, minimum=0, maximum=10, elem_id="count")
    ratio = gr.Number(0.5, label="Ratio", step=0.1, elem_id="ratio")
    gr.Number(42, label="Answer", interactive=False, elem_id="answer")
    out = gr.Textbox(label="Received", elem_id="out")
    events = gr.Textbox(label="Events", elem_id="events")

    amount.submit(received, amount, out)
    count.input(received, count, out)
    ratio.change(received, ratio, out)
    amount.focus(lambda: "focus", None, events)
    amount.blur(lambda: "blur", None, events)

if __name__ == "__main__":
    demo.launch()
