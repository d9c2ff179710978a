"""A gr.Sidebar at the page root; SIDEBAR_POSITION and SIDEBAR_OPEN pick its variant."""

from __future__ import annotations

import os
from typing import Literal

import gradio as gr

position: Literal["left", "right"] = (
    "right" if os.environ.get("SIDEBAR_POSITION") == "right" else "left"
)

with gr.Blocks() as demo:
    with gr.Sidebar(position=position, open=os.environ.get("SIDEBAR_OPEN") != "0"):
        gr.Markdown("## Side title")
        gr.Textbox(label="In sidebar")
    gr.Markdown("# Page title")
    gr.Textbox(label="Main text")

if __name__ == "__main__":
    demo.launch()
