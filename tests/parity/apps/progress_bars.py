"""Progress bars: explicit steps and tqdm-style iteration."""

import time

import gradio as gr


def slow_echo(text: str, progress: gr.Progress = gr.Progress()) -> str:
    progress(0, desc="Starting")
    time.sleep(0.05)
    progress(0.5, desc="Halfway")
    time.sleep(0.05)
    return text


def count_letters(text: str, progress: gr.Progress = gr.Progress()) -> int:
    total = 0
    for _ in progress.tqdm(list(text), desc="Counting"):
        total += 1
        time.sleep(0.01)
    return total


with gr.Blocks() as demo:
    text = gr.Textbox(label="text")
    echo = gr.Textbox(label="echo")
    letters = gr.Number(label="letters")
    gr.Button("Echo").click(slow_echo, text, echo)
    gr.Button("Count").click(count_letters, text, letters, show_progress="minimal")

if __name__ == "__main__":
    demo.launch()
