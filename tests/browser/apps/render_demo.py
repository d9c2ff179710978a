"""gr.render: as many boxes as the number says; typed text survives a re-render by key."""

from __future__ import annotations

import gradio as gr

with gr.Blocks() as demo:
    count = gr.Number(label="Count", value=2, precision=0)

    @gr.render(inputs=count)
    def boxes(n: float | None) -> None:
        for i in range(int(n or 0)):
            gr.Textbox(label=f"Box {i}", key=f"box{i}")


if __name__ == "__main__":
    demo.launch()
