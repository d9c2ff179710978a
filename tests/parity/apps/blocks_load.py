"""Blocks.load: fill components when the page opens."""

import gradio as gr


def initial() -> tuple[str, int]:
    return "loaded", 7


def on_unload() -> None:
    print("bye")


with gr.Blocks() as demo:
    status = gr.Textbox(label="Status")
    number = gr.Number(label="Number")
    demo.load(initial, None, [status, number])
    demo.load(lambda: "again", None, status, api_name="reload")
    demo.unload(on_unload)

if __name__ == "__main__":
    demo.launch()
