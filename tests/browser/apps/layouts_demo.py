"""Layouts: a row of two columns, tabs with a selected tab, an accordion closed at first."""

from __future__ import annotations

import gradio as gr

with gr.Blocks() as demo:
    with gr.Row():
        with gr.Column(scale=2):
            gr.Textbox(label="Wide")
        with gr.Column(scale=1):
            gr.Textbox(label="Narrow")
    with gr.Tabs(selected="second"):
        with gr.Tab("First", id="first"):
            gr.Textbox(label="In first")
        with gr.Tab("Second", id="second"):
            gr.Textbox(label="In second")
    with gr.Accordion("More options", open=False) as accordion:
        gr.Textbox(label="Hidden option")
    with gr.Sidebar(open=False):
        gr.Textbox(label="In sidebar")
    with gr.Group():
        gr.Textbox(label="Grouped one")
        gr.Textbox(label="Grouped two")
    expanded = gr.Textbox(label="Expanded count", value="0")
    accordion.expand(lambda n: str(int(n) + 1), expanded, expanded)

if __name__ == "__main__":
    demo.launch()
