"""UploadButton and DownloadButton: uploads reach functions, a function sets the download."""

import tempfile
from pathlib import Path

import gradio as gr


def read_one(path: str) -> str:
    return f"{Path(path).name}: {Path(path).read_text()}"


def read_many(contents: list[bytes]) -> str:
    return " | ".join(content.decode() for content in contents)


def make_file(text: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write(text)
    return handle.name


with gr.Blocks() as demo:
    with gr.Row():
        one = gr.UploadButton("Upload a text", file_types=[".txt"], elem_id="one")
        many = gr.UploadButton(
            "Upload several",
            file_count="multiple",
            type="binary",
            variant="primary",
            elem_id="many",
        )
        gr.UploadButton("Locked", interactive=False, size="sm", elem_id="locked")
    out = gr.Textbox(label="Out", elem_id="out")
    clicks = gr.Number(0, label="Clicks", elem_id="clicks")
    with gr.Row():
        text = gr.Textbox("file contents", label="Text", elem_id="text")
        make = gr.Button("Make file", elem_id="make")
        download = gr.DownloadButton("Download it", elem_id="download", variant="primary")
        gr.DownloadButton("Stop", variant="stop", size="sm", elem_id="stop-variant")
    made = gr.Textbox(label="Made", elem_id="made")

    one.upload(read_one, one, out)
    many.upload(read_many, many, out)
    make.click(lambda t: (make_file(t), f"made {len(t)} characters"), text, [download, made])
    download.click(lambda n: n + 1, clicks, clicks)

if __name__ == "__main__":
    demo.launch()
