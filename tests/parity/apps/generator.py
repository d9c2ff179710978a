"""Streaming outputs: a generator that yields partial results."""

import time
from collections.abc import Iterator

import gradio as gr


def count_up(n: float) -> Iterator[str]:
    text = ""
    for i in range(int(n)):
        text += str(i)
        time.sleep(0.05)
        yield text


def spell(word: str) -> Iterator[tuple[str, int]]:
    for i in range(1, len(word) + 1):
        yield word[:i], i


with gr.Blocks() as demo:
    n = gr.Number(value=5, label="n")
    out = gr.Textbox(label="digits")
    gr.Button("Count").click(count_up, n, out)
    word = gr.Textbox(label="word")
    partial = gr.Textbox(label="partial")
    length = gr.Number(label="length")
    word.submit(spell, word, [partial, length])

if __name__ == "__main__":
    demo.launch()
