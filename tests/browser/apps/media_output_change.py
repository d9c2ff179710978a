"""Media outputs set by an event fire their `change` listeners exactly once per new value."""

from __future__ import annotations

from typing import Any

import numpy as np

import gradio as gr

counts = {"image": 0, "audio": 0}


def make_image() -> Any:
    return np.full((8, 8, 3), 10 * counts["image"], dtype=np.uint8)


def make_audio() -> tuple[int, Any]:
    return 8000, np.zeros(800 + counts["audio"], dtype=np.int16)


def counted(kind: str) -> Any:
    def count(_: Any) -> str:
        counts[kind] += 1
        return str(counts[kind])

    return count


with gr.Blocks() as demo:
    image = gr.Image(label="Picture")
    audio = gr.Audio(label="Sound")
    image_changes = gr.Textbox(label="Image changes")
    audio_changes = gr.Textbox(label="Audio changes")
    gr.Button("Make image").click(make_image, None, image)
    gr.Button("Make sound").click(make_audio, None, audio)
    image.change(counted("image"), image, image_changes)
    audio.change(counted("audio"), audio, audio_changes)

if __name__ == "__main__":
    demo.launch()
