"""One app with an endpoint per client feature; the JS client tests run it on real Gradio
and on radiogram. `RADIOGRAM_TEST_AUTH=u:p` launches it behind a login."""

import os
import time

import gradio as gr


def greet(name, punctuation):
    return f"Hello {name}{punctuation}"


def count(n, progress=gr.Progress()):
    text = ""
    for i in progress.tqdm(range(int(n)), desc="counting"):
        time.sleep(0.05)
        text += f"line {i}\n"
        yield text


def slow(n):
    for i in range(int(n)):
        time.sleep(0.3)
        yield str(i)


def file_info(path):
    with open(path, "rb") as f:
        return f"{os.path.basename(path)}:{len(f.read())}"


def fail(text):
    raise gr.Error("custom failure: " + text)


def warn(text):
    gr.Warning("careful with " + text)
    return text.upper()


def accumulate(x, total):
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
    demo.queue().launch(auth=tuple(auth.split(":", 1)) if auth else None)
