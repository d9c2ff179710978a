"""Generators with and without gr.Progress: what the status tracker shows while they stream."""

from __future__ import annotations

import time
from collections.abc import Iterator

import gradio as gr

STEPS = 8


def count(progress: gr.Progress = gr.Progress()) -> Iterator[str]:
    text = ""
    for i in range(STEPS):
        progress((i, STEPS), desc="counting", unit="steps")
        time.sleep(0.4)
        text += f"{i + 1} "
        yield text.strip()


def count_tqdm(progress: gr.Progress = gr.Progress()) -> Iterator[str]:
    text = ""
    for i in progress.tqdm(range(STEPS), desc="looping"):
        time.sleep(0.4)
        text += f"{i + 1} "
        yield text.strip()


def plain() -> Iterator[str]:
    text = ""
    for i in range(STEPS):
        time.sleep(0.4)
        text += f"{i + 1} "
        yield text.strip()


with gr.Blocks() as demo:
    counted = gr.Textbox(label="Counted", elem_id="counted")
    looped = gr.Textbox(label="Looped", elem_id="looped")
    streamed = gr.Textbox(label="Streamed", elem_id="streamed")
    gr.Button("Count").click(count, None, counted)
    gr.Button("Loop").click(count_tqdm, None, looped)
    gr.Button("Stream").click(plain, None, streamed)

if __name__ == "__main__":
    demo.launch()
