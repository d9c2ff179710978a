"""Small apps shared by the server tests (each test file may also build its own)."""

from __future__ import annotations

from gradio.blocks.blocks import Blocks
from gradio.components.button import Button
from gradio.components.textbox import Textbox


def greet_app() -> Blocks:
    """One textbox in, one out, `/greet` says hello (the captures' `a_greet`)."""
    with Blocks() as demo:
        name = Textbox(label="name")
        out = Textbox(label="output")
        button = Button("Submit")

        def greet(name: str) -> str:
            return f"Hello {name}!"

        button.click(greet, name, out)
    return demo
