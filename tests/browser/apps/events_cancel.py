"""Cancels: a Stop button cancels a running generator."""

from __future__ import annotations

import time
from collections.abc import Iterator

import gradio as gr


def count() -> Iterator[str]:
    for i in range(100):
        time.sleep(0.2)
        yield str(i)


with gr.Blocks() as demo:
    counter = gr.Textbox(label="Counter")
    start = gr.Button("Start")
    stop = gr.Button("Stop")
    running = start.click(count, None, counter)
    stop.click(None, None, None, cancels=[running])

if __name__ == "__main__":
    demo.launch()
