"""An app behind a login (auth=("ada", "lovelace"))."""

from __future__ import annotations

import gradio as gr

with gr.Blocks() as demo:
    gr.Textbox(label="Inside", value="welcome")

if __name__ == "__main__":
    demo.launch(auth=("ada", "lovelace"))
