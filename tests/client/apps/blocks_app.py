"""The client tests' main app: named endpoints, defaults, State, streaming, errors, progress."""

from __future__ import annotations

import time

import gradio as gr


def greet(name: str) -> str:
    return f"Hello {name}!"


def add(x: float, y: float, history: list[float]) -> tuple[float, list[float]]:
    total = x + y
    return total, [*history, total]


def show_hist(history: list[float]) -> str:
    return ", ".join(f"{v:g}" for v in history)


def count(n: float):  # type: ignore[no-untyped-def]
    text = ""
    for i in range(int(n)):
        time.sleep(0.05)
        text += f"line {i}\n"
        yield text


def slow(x: str):  # type: ignore[no-untyped-def]
    for i in range(40):
        yield f"{x} {i}"
        time.sleep(0.25)


def fail(x: str) -> str:
    raise gr.Error(f"custom failure: {x}")


def crash(x: str) -> str:
    raise ValueError(f"hidden detail {x}")


def describe(s: str) -> tuple[str, int]:
    return s.upper(), len(s)


def sleepy(x: str) -> str:
    time.sleep(0.5)
    return x[::-1]


def stepper(n: float, progress: gr.Progress = gr.Progress()) -> str:
    for _ in progress.tqdm(range(int(n)), desc="stepping"):
        time.sleep(0.2)
    return "done"


with gr.Blocks() as demo:
    history = gr.State([])
    with gr.Row():
        a = gr.Number(value=1, label="a")
        b = gr.Number(value=2, label="b")
    total = gr.Number(label="sum")
    hist = gr.Textbox(label="history")
    name = gr.Textbox(label="name")
    out = gr.Textbox(label="out")
    length = gr.Number(label="length")
    btn = gr.Button("Go")

    btn.click(greet, name, out, api_name="greet")
    btn.click(add, [a, b, history], [total, history], api_name="add")
    btn.click(show_hist, history, hist, api_name="show_hist")
    btn.click(count, a, out, api_name="count")
    btn.click(slow, name, out, api_name="slow")
    btn.click(fail, name, out, api_name="fail")
    btn.click(crash, name, out, api_name="crash")
    btn.click(describe, name, [out, length], api_name="describe")
    btn.click(sleepy, name, out, api_name="sleepy", concurrency_limit=None)
    btn.click(stepper, a, out, api_name="stepper")

if __name__ == "__main__":
    demo.queue().launch()
