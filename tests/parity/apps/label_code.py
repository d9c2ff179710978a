"""gr.Label and gr.Code: a classifier's confidences, code shown and code edited."""

import gradio as gr


def classify(text: str) -> dict[str, float]:
    long = min(len(text) / 20, 1.0)
    return {"short": 1 - long, "long": long}


def show_code() -> str:
    return "print('hello')"


def count_lines(code: str) -> int:
    return len(code.splitlines())


with gr.Blocks() as demo:
    text = gr.Textbox(label="Text")
    label_out = gr.Label(label="label_out")
    top = gr.Label({"cat": 0.7, "dog": 0.2, "bird": 0.1}, num_top_classes=2, color="#ffeeaa")
    plain = gr.Label("plain", show_heading=False, container=False)
    text.submit(classify, text, label_out)
    label_out.select(lambda: None, None, None)

    show = gr.Button("Show code")
    code_out = gr.Code(label="code_out", language="python")
    show.click(show_code, None, code_out)
    editor = gr.Code(
        "x = 1\n",
        language="sql-pgSQL",
        lines=3,
        max_lines=1,
        interactive=True,
        wrap_lines=True,
        show_line_numbers=False,
        buttons=["copy"],
    )
    lines = gr.Number(label="Lines")
    editor.change(count_lines, editor, lines)
    editor.input(count_lines, editor, lines)
    editor.focus(None, None, None)
    editor.blur(None, None, None)

if __name__ == "__main__":
    demo.launch()
