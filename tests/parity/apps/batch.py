"""Batch functions: lists in, lists out."""

import time

import gradio as gr


def trim_words(words: list[str], lens: list[float]) -> tuple[list[str]]:
    time.sleep(0.05)
    return ([w[: int(n)] for w, n in zip(words, lens, strict=False)],)


with gr.Blocks() as demo:
    with gr.Row():
        word = gr.Textbox(label="word")
        leng = gr.Number(label="leng", value=3)
    output = gr.Textbox(label="Output")
    gr.Button("Trim").click(trim_words, [word, leng], output, batch=True, max_batch_size=16)

if __name__ == "__main__":
    demo.launch()
