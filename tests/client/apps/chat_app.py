"""A streaming ChatInterface that reports how much history the server kept."""

from __future__ import annotations

import time

import gradio as gr


def respond(message: str, history: list[dict[str, str]]):  # type: ignore[no-untyped-def]
    reply = f"#{len(history)} You said: {message}"
    for end in range(0, len(reply) + 1, 4):
        time.sleep(0.02)
        yield reply[:end]
    yield reply


demo = gr.ChatInterface(respond)

if __name__ == "__main__":
    demo.queue().launch()
