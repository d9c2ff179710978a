"""gr.Image in the browser: uploads reach the function as arrays, PIL images or paths."""

from __future__ import annotations

from typing import Any

import gradio as gr


def describe_array(image: Any) -> tuple[str, Any]:
    """Report the array the server received and send back its negative."""
    if image is None:
        return "None", None
    top_left = [int(v) for v in image[0, 0]]
    return f"numpy {tuple(image.shape)} {image.dtype} top-left {top_left}", 255 - image


def describe_pil(image: Any) -> str:
    return "None" if image is None else f"pil {image.mode} {image.size} {image.getpixel((0, 0))}"


def describe_path(path: str | None) -> str:
    return "None" if path is None else f"filepath {path.rsplit('/', 1)[-1]}"


def clicked(event: gr.SelectData) -> str:
    return f"select {event.index} {event.value!r}"


with gr.Blocks() as demo:
    with gr.Row():
        as_array = gr.Image(label="Array in", elem_id="array")
        inverted = gr.Image(label="Inverted", elem_id="inverted")
    as_pil = gr.Image(label="PIL in", type="pil", sources=["upload"], elem_id="pil")
    as_path = gr.Image(label="Path in", type="filepath", sources="upload", elem_id="path")
    camera = gr.Image(label="Camera", sources=["webcam"], type="numpy", elem_id="camera")
    out = gr.Textbox(label="Received", elem_id="out")
    events = gr.Textbox(label="Events", elem_id="events")

    as_array.upload(describe_array, as_array, [out, inverted])
    as_array.clear(lambda: "cleared", None, events)
    inverted.select(clicked, None, events)
    as_pil.upload(describe_pil, as_pil, out)
    as_path.upload(describe_path, as_path, out)
    camera.change(
        lambda im: "None" if im is None else f"webcam {im.ndim}d {im.shape[2]} channels",
        camera,
        out,
    )

if __name__ == "__main__":
    demo.launch()
