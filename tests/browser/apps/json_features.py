"""gr.JSON in the browser: a nested value from Python, folding, copying."""

from __future__ import annotations

import gradio as gr

VALUE = {"name": "radiogram", "tags": ["fast", "light"], "deep": {"a": {"b": {"c": 1}}}}


def describe(text: str) -> dict[str, object]:
    return {"text": text, "length": len(text), "words": text.split(), "empty": not text}


with gr.Blocks() as demo:
    gr.JSON(VALUE, label="Static", elem_id="static")
    gr.JSON(VALUE, label="Open", open=True, elem_id="open")
    text = gr.Textbox(label="Text", elem_id="text")
    result = gr.JSON(label="Result", elem_id="result")
    text.submit(describe, text, result)

if __name__ == "__main__":
    demo.launch()
