"""Toasts: gr.Error fails the event, gr.Warning and gr.Info only inform; a slow job with progress."""

from __future__ import annotations

import time

import gradio as gr


def fail(text: str) -> str:
    raise gr.Error("Bad input: " + text)


def inform(text: str) -> str:
    gr.Info("Just so you know")
    gr.Warning("Be careful")
    return text


def slow(text: str, progress: gr.Progress = gr.Progress()) -> str:
    for _ in progress.tqdm(range(20), desc="Working"):
        time.sleep(0.15)
    return text + " done"


with gr.Blocks() as demo:
    text = gr.Textbox(label="Input", value="x")
    result = gr.Textbox(label="Result")
    gr.Button("Fail").click(fail, text, result)
    gr.Button("Inform").click(inform, text, result)
    gr.Button("Slow").click(slow, text, result)

if __name__ == "__main__":
    demo.launch()
