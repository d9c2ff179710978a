"""Values from functions, refreshed with every= and a Timer."""

import gradio as gr

ticks = {"n": 0}


def tick() -> int:
    ticks["n"] += 1
    return ticks["n"]


def greeting() -> str:
    return "Welcome"


with gr.Blocks() as demo:
    welcome = gr.Textbox(greeting, label="Greeting")
    counter = gr.Number(tick, every=0.5, label="Ticks")
    timer = gr.Timer(1.0)
    stamp = gr.Textbox(label="Timer fired")
    timer.tick(lambda: "tick", None, stamp)

if __name__ == "__main__":
    demo.launch()
