"""Bench app: Blocks with 20 components and 10 events, each with an api_name."""

from __future__ import annotations

import gradio as gr


def add(a: float, b: float) -> float:
    return a + b


def upper(text: str) -> str:
    return text.upper()


def describe(flag: bool, level: float, choice: str) -> str:
    return f"{flag}/{level}/{choice}"


with gr.Blocks(title="bench blocks") as demo:
    gr.Markdown("# Bench blocks")
    with gr.Row():
        a = gr.Number(label="a", value=1)
        b = gr.Number(label="b", value=2)
        total = gr.Number(label="total")
    with gr.Row():
        text = gr.Textbox(label="text")
        shouted = gr.Textbox(label="shouted")
    with gr.Row():
        flag = gr.Checkbox(label="flag")
        level = gr.Slider(0, 10, value=3, label="level")
        choice = gr.Dropdown(["x", "y", "z"], value="x", label="choice")
        radio = gr.Radio(["p", "q"], value="p", label="radio")
    summary = gr.Textbox(label="summary")
    echo_out = gr.Textbox(label="echo")
    state = gr.State(0)
    counter = gr.Number(label="counter")
    buttons = [gr.Button(f"Button {i}") for i in range(6)]
    buttons[0].click(add, [a, b], total, api_name="add")
    buttons[1].click(upper, text, shouted, api_name="upper")
    buttons[2].click(describe, [flag, level, choice], summary, api_name="describe")
    buttons[3].click(lambda r: r, radio, echo_out, api_name="radio_echo")
    buttons[4].click(lambda s: (s + 1, s + 1), state, [state, counter], api_name="count")
    buttons[5].click(lambda: "", None, summary, api_name="clear_summary")
    text.submit(upper, text, shouted, api_name="submit_upper")
    level.change(lambda v: str(v), level, echo_out, api_name="level_changed")
    choice.change(lambda v: v, choice, echo_out, api_name="choice_changed")
    flag.change(lambda v: str(v), flag, echo_out, api_name="flag_changed")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
