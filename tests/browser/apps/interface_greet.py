"""Interface greet: the seed example."""

from __future__ import annotations

import gradio as gr


def greet(name: str) -> str:
    return "Hello " + name + "!"


demo = gr.Interface(fn=greet, inputs="textbox", outputs="textbox")

if __name__ == "__main__":
    demo.launch()
