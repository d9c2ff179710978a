"""A small app behind a login (`u`/`p`) that the robustness tests stop and start again."""

from __future__ import annotations

import time

import gradio as gr


def greet(name: str) -> str:
    return f"Hello {name}!"


def slow(x: str):  # type: ignore[no-untyped-def]
    for i in range(100):
        yield f"{x} {i}"
        time.sleep(0.2)


with gr.Blocks() as demo:
    name = gr.Textbox(label="name")
    out = gr.Textbox(label="out")
    btn = gr.Button("Go")
    btn.click(greet, name, out, api_name="greet")
    btn.click(slow, name, out, api_name="slow")

if __name__ == "__main__":
    demo.queue().launch(auth=("u", "p"))
