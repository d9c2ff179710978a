"""Streaming inputs: webcam frames streamed to a function whose output updates each time."""

from __future__ import annotations

from typing import Any

import gradio as gr

frames: list[str] = []


def count_frame(frame: Any) -> tuple[str, Any]:
    frames.append("x".join(str(n) for n in frame.shape))
    return f"frame {len(frames)}: {frames[-1]}", frame[::-1]


with gr.Blocks() as demo:
    webcam = gr.Image(sources=["webcam"], streaming=True, label="cam", elem_id="cam")
    flipped = gr.Image(label="flipped", elem_id="flipped")
    seen = gr.Textbox(label="seen", elem_id="seen")
    webcam.stream(count_frame, webcam, [seen, flipped], stream_every=0.2, time_limit=30)

if __name__ == "__main__":
    demo.launch()
