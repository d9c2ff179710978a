"""gr.Examples in the browser: clicking an example fills the inputs it belongs to."""

from __future__ import annotations

import gradio as gr


def received(name: object, count: object) -> str:
    """What the server got: the Python types and reprs, so tests can check both."""
    return f"{type(name).__name__}: {name!r}, {type(count).__name__}: {count!r}"


with gr.Blocks() as demo:
    name = gr.Textbox(label="Name", elem_id="name")
    count = gr.Number(label="Count", elem_id="count")
    out = gr.Textbox(label="Received", elem_id="out")
    go = gr.Button("Go", elem_id="go")
    gr.Examples([["Ada", 1], ["Grace", 2], ["Linus", 3]], inputs=[name, count])
    go.click(received, [name, count], out)

if __name__ == "__main__":
    demo.launch()
