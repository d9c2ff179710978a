"""Untouched components sent as Gradio's page sends them: Textbox `""`, Number `0`."""

from __future__ import annotations

import gradio as gr


def received(text: str | None, notes: str | None, count: float | None, image: object) -> str:
    """What the server got, with reprs, so tests can tell `""` from None."""
    number = "None" if count is None else f"{count:g}"
    return f"{text!r} {notes!r} {number} {image!r}"


with gr.Blocks() as demo:
    text = gr.Textbox(label="Text")
    notes = gr.Textbox(label="Notes", lines=3)
    count = gr.Number(label="Count")
    image = gr.Image(label="Picture")
    out = gr.Textbox(label="Received")
    gr.Button("Send").click(received, [text, notes, count, image], out)
    gr.Button("Clear").click(lambda: (None, None), None, [text, count])

if __name__ == "__main__":
    demo.launch()
