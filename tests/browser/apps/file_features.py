"""gr.File in the browser: single and multiple uploads, the download list, delete."""

from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr

OUTPUTS = Path(tempfile.mkdtemp(prefix="file-features-"))


def describe_one(path: str | None) -> str:
    if path is None:
        return "None"
    return f"one {Path(path).name} {Path(path).read_bytes()!r}"


def describe_many(paths: list[str] | None) -> str:
    if not paths:
        return "None"
    return "many " + ", ".join(f"{Path(p).name}:{Path(p).stat().st_size}" for p in paths)


def deleted(event: gr.DeletedFileData) -> str:
    return f"deleted {Path(event.file.path).name}"


def make_report() -> str:
    report = OUTPUTS / "report.csv"
    report.write_text("a,b\n1,2\n")
    return str(report)


with gr.Blocks() as demo:
    single = gr.File(label="One file", elem_id="single")
    many = gr.File(label="Many files", file_count="multiple", elem_id="many")
    texts = gr.File(label="Text only", file_types=[".txt"], elem_id="texts")
    output = gr.File(label="Output", elem_id="output")
    make = gr.Button("Make report", elem_id="make")
    out = gr.Textbox(label="Received", elem_id="out")
    events = gr.Textbox(label="Events", elem_id="events")

    single.upload(describe_one, single, out)
    single.clear(lambda: "cleared", None, events)
    many.upload(describe_many, many, out)
    many.delete(deleted, None, events)
    many.change(describe_many, many, out)
    texts.upload(describe_one, texts, out)
    make.click(make_report, None, output)

if __name__ == "__main__":
    demo.launch(allowed_paths=[str(OUTPUTS)])
