"""gr.Gallery in the browser: generated images with captions, preview, select, upload."""

from __future__ import annotations

from typing import Any

import numpy as np

import gradio as gr

COLOURS = {
    "red": (220, 40, 40),
    "green": (40, 180, 80),
    "blue": (40, 90, 220),
    "gold": (230, 180, 30),
}


def swatch(rgb: tuple[int, int, int], width: int = 64, height: int = 48) -> Any:
    """A solid colour picture with a darker stripe, so thumbnails are easy to tell apart."""
    pixels = np.zeros((height, width, 3), dtype=np.uint8)
    pixels[:, :] = rgb
    pixels[height // 2 - 3 : height // 2 + 3, :] = [c // 2 for c in rgb]
    return pixels


def generate(count: float) -> list[tuple[Any, str]]:
    names = list(COLOURS)[: int(count)]
    return [(swatch(COLOURS[name]), name) for name in names]


def selected(event: gr.SelectData) -> str:
    caption = event.value.get("caption") if isinstance(event.value, dict) else None
    return f"select {event.index} {caption}"


def received(items: list[tuple[Any, str | None]] | None) -> str:
    if not items:
        return "nothing"
    return "; ".join(f"{item.shape[1]}x{item.shape[0]} {caption}" for item, caption in items)


with gr.Blocks() as demo:
    count = gr.Slider(1, 4, value=4, step=1, label="How many")
    make = gr.Button("Generate")
    gallery = gr.Gallery(label="Generated", columns=3, elem_id="out", format="png")
    picked = gr.Textbox(label="Selected", elem_id="picked")
    events = gr.Textbox(label="Events", elem_id="events")
    upload = gr.Gallery(label="Upload", type="numpy", interactive=True, elem_id="inp")
    got = gr.Textbox(label="Received", elem_id="got")

    make.click(generate, count, gallery)
    gallery.select(selected, None, picked)
    gallery.preview_open(lambda: "preview opened", None, events)
    gallery.preview_close(lambda: "preview closed", None, events)
    upload.upload(received, upload, got)
    upload.delete(lambda: "deleted", None, events)

if __name__ == "__main__":
    demo.launch()
