"""A multimodal ChatInterface: the reply names the text and the attached files it received."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr


def reply(message: dict[str, Any], history: list[dict[str, Any]]) -> str:
    names = [Path(f if isinstance(f, str) else f["path"]).name for f in message["files"]]
    return f"text={message['text']!r} files={names} turns={len(history)}"


demo = gr.ChatInterface(reply, multimodal=True)

if __name__ == "__main__":
    demo.launch()
