"""ChatInterface respond: a streaming echo bot."""

from __future__ import annotations

import time
from collections.abc import Iterator

import gradio as gr


def respond(message: str, history: list[dict[str, object]]) -> Iterator[str]:
    reply = f"You said: {message}"
    for end in range(1, len(reply) + 1, 4):
        time.sleep(0.02)
        yield reply[:end]
    yield reply


demo = gr.ChatInterface(fn=respond)

if __name__ == "__main__":
    demo.launch()
