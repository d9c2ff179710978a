"""Bench app: a text echo Interface."""

from __future__ import annotations

import gradio as gr


def echo(text: str) -> str:
    return text


demo = gr.Interface(fn=echo, inputs=gr.Textbox(label="x"), outputs=gr.Textbox(label="output"))

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
