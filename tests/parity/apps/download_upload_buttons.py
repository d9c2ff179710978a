"""UploadButton (one text file, several files as bytes) and DownloadButton (set by a function)."""

import tempfile
from pathlib import Path

import gradio as gr


def read_upload(path: str) -> str:
    return f"{Path(path).suffix}: {Path(path).read_text()}"


def sizes(contents: list[bytes]) -> list[int]:
    return [len(content) for content in contents]


def make_report(text: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write(text.upper())
    return handle.name


def suffix_of(path: str) -> str:
    return Path(path).suffix


with gr.Blocks() as demo:
    text_upload = gr.UploadButton("Upload text", file_types=[".txt"], variant="primary")
    shown = gr.Textbox(label="Content")
    many = gr.UploadButton("Upload many", file_count="multiple", type="binary", size="sm")
    counted = gr.JSON(label="Sizes")
    gr.UploadButton("Folder", file_count="directory", icon=None, interactive=False)
    source = gr.Textbox(label="Report text")
    report = gr.DownloadButton("Get report", variant="stop")
    gr.DownloadButton(elem_id="empty", scale=0, min_width=80)
    which = gr.Textbox(label="Suffix")

    text_upload.upload(read_upload, text_upload, shown, api_name="upload_button_text")
    many.upload(sizes, many, counted, api_name="upload_button_bytes")
    gr.Button("Make report").click(make_report, source, report)
    report.click(suffix_of, report, which, api_name="download_button_suffix")

if __name__ == "__main__":
    demo.launch()
