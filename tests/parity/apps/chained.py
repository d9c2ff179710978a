"""Running events consecutively: .then, .success and .failure."""

import gradio as gr


def check(text: str) -> str:
    if not text:
        raise gr.Error("Please enter some text")
    return text.strip()


def shout(text: str) -> str:
    return text.upper()


def report_failure() -> str:
    return "something went wrong"


def always() -> str:
    return "done"


with gr.Blocks() as demo:
    text = gr.Textbox(label="text")
    cleaned = gr.Textbox(label="cleaned")
    shouted = gr.Textbox(label="shouted")
    status = gr.Textbox(label="status")
    finished = gr.Textbox(label="finished")
    event = gr.Button("Go").click(check, text, cleaned)
    event.success(shout, cleaned, shouted)
    event.failure(report_failure, None, status)
    event.then(always, None, finished)

if __name__ == "__main__":
    demo.launch()
