"""An Interface whose components were made before it, so the input textbox has id 0."""

from __future__ import annotations

import gradio as gr


def echo(text: str) -> str:
    return f"echo: {text}"


demo = gr.Interface(fn=echo, inputs=gr.Textbox(label="x"), outputs=gr.Textbox(label="output"))

if __name__ == "__main__":
    demo.launch()
