"""Components: one class per file; this module re-exports them."""

from __future__ import annotations

from gradio.components.base import Component, FormComponent
from gradio.components.button import Button
from gradio.components.clear_button import ClearButton
from gradio.components.markdown import Markdown
from gradio.components.number import Number
from gradio.components.state import State
from gradio.components.textbox import Textbox
from gradio.components.timer import Timer

__all__ = [
    "Button",
    "ClearButton",
    "Component",
    "FormComponent",
    "Markdown",
    "Number",
    "State",
    "Textbox",
    "Timer",
]
