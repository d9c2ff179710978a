"""api_name and api_visibility variations."""

import gradio as gr


def add(a: float, b: float) -> float:
    return a + b


def sub(a: float, b: float) -> float:
    return a - b


with gr.Blocks() as demo:
    a = gr.Number(label="a", value=1)
    b = gr.Number(label="b", value=2)
    out = gr.Number(label="out")
    gr.Button("add").click(add, [a, b], out)
    gr.Button("add again").click(add, [a, b], out)
    gr.Button("sub").click(sub, [a, b], out, api_name="minus")
    gr.Button("hidden").click(sub, [a, b], out, api_visibility="undocumented")
    gr.Button("private").click(add, [a, b], out, api_visibility="private")
    gr.Button("renamed").click(lambda x: x * 10, a, out, api_name="times ten!")
    gr.Button("described").click(
        lambda x: x, a, out, api_name="identity", api_description="Returns a unchanged."
    )

if __name__ == "__main__":
    demo.launch()
