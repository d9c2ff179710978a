"""Updating component properties: visible, interactive, choices, label."""

from typing import Any

import gradio as gr


def change_textbox(choice: str) -> gr.Textbox:
    if choice == "short":
        return gr.Textbox(lines=2, visible=True, label="Short")
    if choice == "long":
        return gr.Textbox(lines=8, visible=True, value="Lorem ipsum", label="Long")
    return gr.Textbox(visible=False)


def lock(locked: bool) -> tuple[dict[str, Any], gr.Button]:
    return gr.update(interactive=not locked), gr.Button(interactive=not locked)


def new_choices(n: float) -> gr.Dropdown:
    return gr.Dropdown(choices=[f"item {i}" for i in range(int(n))], value=None)


with gr.Blocks() as demo:
    radio = gr.Radio(["short", "long", "none"], label="What kind of essay would you like?")
    text = gr.Textbox(lines=2, interactive=True)
    radio.change(fn=change_textbox, inputs=radio, outputs=text)

    locked = gr.Checkbox(label="Lock")
    field = gr.Textbox(label="field")
    button = gr.Button("Press")
    locked.change(lock, locked, [field, button])

    count = gr.Number(value=3, label="How many?")
    dropdown = gr.Dropdown(label="Pick one")
    count.submit(new_choices, count, dropdown)

if __name__ == "__main__":
    demo.launch()
