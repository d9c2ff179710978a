"""ChatInterface whose replies offer option buttons; a click sends the option as the next message."""

from __future__ import annotations

import gradio as gr


def respond(message: str, history: list[dict[str, object]]) -> gr.ChatMessage:
    return gr.ChatMessage(
        f"You said: {message}",
        options=[{"value": "tell me more", "label": "More"}, {"value": "stop"}],
    )


demo = gr.ChatInterface(fn=respond)

if __name__ == "__main__":
    demo.launch()
