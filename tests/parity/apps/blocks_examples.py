"""gr.Examples inside Blocks, with and without running the function."""

import gradio as gr


def repeat(text: str, times: float) -> str:
    return text * int(times)


with gr.Blocks() as demo:
    with gr.Row():
        text = gr.Textbox(label="Text")
        times = gr.Number(label="Times", value=1)
    out = gr.Textbox(label="Repeated")
    gr.Button("Repeat").click(repeat, [text, times], out)
    gr.Examples(
        examples=[["ab", 2], ["xyz", 3]],
        inputs=[text, times],
        label="Try these",
    )
    gr.Examples(
        examples=[["hi", 1], ["yo", 4]],
        inputs=[text, times],
        outputs=out,
        fn=repeat,
        examples_per_page=1,
    )

if __name__ == "__main__":
    demo.launch()
