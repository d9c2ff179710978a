"""Blocks and event listeners: one function bound to several triggers with gr.on."""

import gradio as gr


def greet(name: str) -> str:
    return f"Hello {name}!"


def combine(a: str, b: float) -> str:
    return f"{a} x {b}"


with gr.Blocks() as demo:
    name = gr.Textbox(label="Name")
    output = gr.Textbox(label="Output Box")
    greet_btn = gr.Button("Greet")
    gr.on(triggers=[name.submit, greet_btn.click], fn=greet, inputs=name, outputs=output)

    a = gr.Textbox(label="a")
    b = gr.Slider(0, 10, step=1, label="b")
    both = gr.Textbox(label="both")
    gr.on([a.change, b.change], combine, [a, b], both, api_name="combine")

    @gr.on(inputs=[a], outputs=[both])
    def on_any_input(text: str) -> str:
        return text * 2


if __name__ == "__main__":
    demo.launch()
