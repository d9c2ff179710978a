"""gr.Button in the browser: variants, sizes, a link, a disabled button, clicks."""

from __future__ import annotations

import gradio as gr

with gr.Blocks() as demo:
    with gr.Row():
        primary = gr.Button("Go", variant="primary", elem_id="primary")
        secondary = gr.Button("Maybe", elem_id="secondary")
        stop = gr.Button("Stop", variant="stop", size="sm", elem_id="stop")
        hf = gr.Button("Hub", variant="huggingface", size="md", elem_id="hf")
    with gr.Row():
        gr.Button("Docs", link="https://www.gradio.app", link_target="_blank", elem_id="docs")
        off = gr.Button("Off", interactive=False, elem_id="off")
        gr.Button("Ghost", visible="hidden", elem_id="ghost")
    clicks = gr.Number(0, label="Clicks", elem_id="clicks")
    last = gr.Textbox(label="Last", elem_id="last")

    primary.click(lambda n: n + 1, clicks, clicks)
    for button in (secondary, stop, hf, off):
        button.click(lambda b=button.value: f"clicked {b}", None, last)

if __name__ == "__main__":
    demo.launch()
