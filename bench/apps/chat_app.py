"""Bench app: a ChatInterface whose bot streams its reply word by word."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import gradio as gr


def bot(message: str, history: list[dict[str, Any]]) -> Iterator[str]:
    reply = ""
    for word in f"You said: {message}".split(" "):
        reply = f"{reply} {word}".strip()
        yield reply


demo = gr.ChatInterface(fn=bot, title="bench chat")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
