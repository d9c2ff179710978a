"""One app with an endpoint per client feature; the JS client tests run it on real Gradio
and on radiogram. `RADIOGRAM_TEST_AUTH=u:p` launches it behind a login."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import gradio as gr


def greet(name: str, punctuation: str) -> str:
    return f"Hello {name}{punctuation}"


def count(n: float, progress: gr.Progress = gr.Progress()) -> Iterator[str]:
    text = ""
    for i in progress.tqdm(range(int(n)), desc="counting"):
        time.sleep(0.05)
        text += f"line {i}\n"
        yield text


def slow(n: float) -> Iterator[str]:
    for i in range(int(n)):
        time.sleep(0.3)
        yield str(i)


def file_info(path: str) -> str:
    with open(path, "rb") as f:
        return f"{os.path.basename(path)}:{len(f.read())}"


def fail(text: str) -> str:
    raise gr.Error("custom failure: " + text)


def warn(text: str) -> str:
    gr.Warning("careful with " + text)
    return text.upper()


def accumulate(x: float, total: float | None) -> tuple[float, float]:
    total = (total or 0) + x
    return total, total


with gr.Blocks() as demo:
    name = gr.Textbox(label="name")
    punctuation = gr.Textbox(label="punctuation", value="!")
    out = gr.Textbox(label="out")
    n = gr.Number(label="n", value=3)
    upload = gr.File(label="file", type="filepath")
    total = gr.State(0)
    number_out = gr.Number(label="total")
    b1, b2, b3, b4, b5, b6, b7 = (gr.Button(str(i)) for i in range(7))
    b1.click(greet, [name, punctuation], out, api_name="greet")
    b2.click(count, n, out, api_name="count")
    b3.click(slow, n, out, api_name="slow")
    b4.click(file_info, upload, out, api_name="file_info")
    b5.click(fail, name, out, api_name="fail")
    b6.click(warn, name, out, api_name="warn")
    b7.click(accumulate, [n, total], [number_out, total], api_name="accumulate")

if __name__ == "__main__":
    auth = os.environ.get("RADIOGRAM_TEST_AUTH")
    user, _, password = (auth or "").partition(":")
    demo.queue().launch(auth=(user, password) if auth else None)
