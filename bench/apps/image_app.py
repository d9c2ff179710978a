"""Bench app: a 256x256 image round trip (numpy in, flipped numpy out)."""

from __future__ import annotations

from typing import Any

import gradio as gr


def flip(image: Any) -> Any:
    return image[::-1]


demo = gr.Interface(
    fn=flip,
    inputs=gr.Image(label="image", type="numpy"),
    outputs=gr.Image(label="flipped"),
)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
