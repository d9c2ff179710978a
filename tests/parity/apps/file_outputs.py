"""File outputs: write text to a file, and measure an uploaded file."""

import os
import tempfile

import gradio as gr


def make_file(text: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write(text)
    return handle.name


def file_size(path: str) -> str:
    return f"{os.path.basename(path).rsplit('.', 1)[-1]}: {os.path.getsize(path)} bytes"


def make_many(n: float) -> list[str]:
    return [make_file(f"file {i}") for i in range(int(n))]


with gr.Blocks() as demo:
    text = gr.Textbox(label="Content")
    out_file = gr.File(label="Download")
    gr.Button("Make").click(make_file, text, out_file)
    upload = gr.File(label="Upload", file_types=[".txt"])
    size = gr.Textbox(label="Size")
    upload.upload(file_size, upload, size)
    count = gr.Number(2, label="How many")
    many = gr.File(file_count="multiple", label="Many")
    count.submit(make_many, count, many)

if __name__ == "__main__":
    demo.launch()
