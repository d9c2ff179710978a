"""Controlling layout: rows, columns, tabs and an accordion."""

import gradio as gr


def shout(text: str) -> str:
    return text.upper()


def double(x: float) -> float:
    return x * 2


with gr.Blocks(title="Layout demo") as demo:
    gr.Markdown("# Layouts")
    with gr.Tabs():
        with gr.Tab("Text", id="text-tab"):
            with gr.Row():
                with gr.Column(scale=2):
                    text_in = gr.Textbox(label="Input", placeholder="say something")
                with gr.Column(scale=1, min_width=200):
                    text_out = gr.Textbox(label="Shouted")
            shout_btn = gr.Button("Shout", variant="primary")
        with gr.Tab("Number"):
            num_in = gr.Number(label="x", value=3)
            num_out = gr.Number(label="2x")
            double_btn = gr.Button("Double", size="sm")
    with gr.Accordion("Open for more!", open=False):
        gr.Markdown("Look at me...")
        temp = gr.Slider(0, 1, value=0.1, step=0.1, interactive=True, label="Slide me")
    shout_btn.click(shout, text_in, text_out)
    double_btn.click(double, num_in, num_out, api_name="double")

if __name__ == "__main__":
    demo.launch()
