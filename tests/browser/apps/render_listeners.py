"""gr.render creating listeners: each rendered button shouts its own box into the output."""

from __future__ import annotations

import gradio as gr

with gr.Blocks() as demo:
    count = gr.Number(label="Count", value=2, precision=0)
    shouted = gr.Textbox(label="Shouted")

    @gr.render(inputs=count)
    def rows(n: float | None) -> None:
        for i in range(int(n or 0)):
            box = gr.Textbox(label=f"Text {i}", key=f"text{i}")
            button = gr.Button(f"Shout {i}", key=f"shout{i}")
            button.click(lambda text, i=i: f"{i}: {text.upper()}", box, shouted)


if __name__ == "__main__":
    demo.launch()
