"""Blocks greet: a textbox, a button, an output, and a .then step that changes a label."""

from __future__ import annotations

import gradio as gr


def greet(name: str) -> str:
    return f"Hello {name}!"


def shout(text: str) -> dict[str, object]:
    return gr.update(value=text.upper(), label="Shouted")


with gr.Blocks() as demo:
    name = gr.Textbox(label="Name")
    greeting = gr.Textbox(label="Greeting")
    loud = gr.Textbox(label="Loud")
    button = gr.Button("Greet")
    button.click(greet, name, greeting).then(shout, greeting, loud)

if __name__ == "__main__":
    demo.launch()
