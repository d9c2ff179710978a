"""A greeting app behind a login (user `u`, password `p`)."""

from __future__ import annotations

import gradio as gr


def greet(name: str) -> str:
    return f"Hello {name}!"


demo = gr.Interface(greet, "text", "text", api_name="greet")

if __name__ == "__main__":
    demo.queue().launch(auth=("u", "p"))
