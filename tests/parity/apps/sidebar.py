"""A sidebar holding the settings of the app."""

import gradio as gr


def summarize(text: str, limit: float, upper: bool) -> str:
    text = text[: int(limit)]
    return text.upper() if upper else text


with gr.Blocks() as demo:
    with gr.Sidebar(position="left", open=True):
        gr.Markdown("## Settings")
        limit = gr.Slider(1, 50, value=10, step=1, label="Limit")
        upper = gr.Checkbox(label="Upper case")
    text = gr.Textbox(label="Text", lines=4)
    summary = gr.Textbox(label="Summary")
    gr.Button("Summarize").click(summarize, [text, limit, upper], summary)

if __name__ == "__main__":
    demo.launch()
