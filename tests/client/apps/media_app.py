"""File and image endpoints for the client's upload/download tests."""

from __future__ import annotations

from PIL import Image, ImageOps

import gradio as gr


def file_info(f: str) -> str:
    with open(f, "rb") as data:
        return f"{len(data.read())} bytes"


def file_echo(f: str) -> str:
    return f


def invert(img: Image.Image) -> Image.Image:
    return ImageOps.invert(img.convert("RGB"))


with gr.Blocks() as demo:
    f_in = gr.File(label="f", type="filepath")
    f_out = gr.File(label="file_out")
    out = gr.Textbox(label="out")
    img_in = gr.Image(label="img", type="pil")
    img_out = gr.Image(label="inverted")
    btn = gr.Button("Go")
    btn.click(file_info, f_in, out, api_name="file_info")
    btn.click(file_echo, f_in, f_out, api_name="file_echo")
    btn.click(invert, img_in, img_out, api_name="invert")

if __name__ == "__main__":
    demo.queue().launch()
