"""gr.Label and gr.Code in the browser: classification results, row selection, code editing."""

from __future__ import annotations

import gradio as gr

ANIMALS = {"cat": 0.7, "dog": 0.2, "bird": 0.1}


def classify(text: str) -> dict[str, float]:
    long = min(len(text) / 20, 1.0)
    return {"short": round(1 - long, 2), "long": round(long, 2)}


def show_code() -> str:
    return "print('hello')"


def picked(event: gr.SelectData) -> str:
    return f"{event.value} at {event.index}"


def lines_of(code: str) -> str:
    return f"{len(code.splitlines())} lines: {code}"


with gr.Blocks() as demo:
    with gr.Row():
        gr.Label(ANIMALS, label="Animals", elem_id="animals")
        gr.Label("plain label", label="Plain", elem_id="plain")
    text = gr.Textbox(label="Text", elem_id="text")
    label_out = gr.Label(label="label_out", num_top_classes=2, elem_id="label_out")
    selected = gr.Textbox(label="Selected", elem_id="selected")
    text.submit(classify, text, label_out)
    label_out.select(picked, None, selected)

    show = gr.Button("Show code", elem_id="show")
    code_out = gr.Code(label="code_out", language="python", elem_id="code_out")
    show.click(show_code, None, code_out)
    editor = gr.Code(
        "def greet(name):\n    return 'Hello ' + name  # say hi\n",
        language="python",
        label="Editor",
        interactive=True,
        lines=3,
        max_lines=6,
        elem_id="editor",
    )
    echo = gr.Textbox(label="Echo", elem_id="echo")
    editor.input(lines_of, editor, echo)
    focus_state = gr.Textbox(label="Focus", elem_id="focus_state")
    editor.focus(lambda: "focused", None, focus_state)
    editor.blur(lambda: "blurred", None, focus_state)

if __name__ == "__main__":
    demo.launch()
