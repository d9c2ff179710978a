"""Component shortcut strings: `Interface(inputs="text")`, `outputs=["image", "json"]`.

A shortcut names a component class (case-insensitive), optionally with preset arguments
(`"textarea"` is a 7-line `Textbox`, `"files"` a multi-file `File`).
"""

from __future__ import annotations

import importlib
from typing import Any

from gradio.components.base import Component
from gradio.exceptions import InvalidComponentError

SHORTCUTS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "text": ("textbox", "Textbox", {}),
    "textbox": ("textbox", "Textbox", {}),
    "textarea": ("textbox", "Textbox", {"lines": 7}),
    "password": ("textbox", "Textbox", {"type": "password"}),
    "number": ("number", "Number", {}),
    "slider": ("slider", "Slider", {}),
    "checkbox": ("checkbox", "Checkbox", {}),
    "dropdown": ("dropdown", "Dropdown", {}),
    "radio": ("radio", "Radio", {}),
    "image": ("image", "Image", {}),
    "pil": ("image", "Image", {"type": "pil"}),
    "audio": ("audio", "Audio", {}),
    "microphone": ("audio", "Audio", {"sources": ["microphone"]}),
    "video": ("video", "Video", {}),
    "file": ("file", "File", {}),
    "files": ("file", "File", {"file_count": "multiple"}),
    "gallery": ("gallery", "Gallery", {}),
    "markdown": ("markdown", "Markdown", {}),
    "html": ("html", "HTML", {}),
    "chatbot": ("chatbot", "Chatbot", {}),
    "state": ("state", "State", {}),
    "json": ("json_component", "JSON", {}),
    "label": ("label", "Label", {}),
    "code": ("code", "Code", {}),
    "button": ("button", "Button", {}),
    "multimodaltextbox": ("multimodal_textbox", "MultimodalTextbox", {}),
    "timer": ("timer", "Timer", {}),
    "dataframe": ("dataframe", "Dataframe", {}),
    "numpy": ("dataframe", "Dataframe", {"type": "numpy", "row_count": 1}),
    "matrix": ("dataframe", "Dataframe", {"type": "array", "row_count": 1}),
    "list": ("dataframe", "Dataframe", {"type": "array", "row_count": 1}),
    "highlightedtext": ("highlighted_text", "HighlightedText", {}),
    "datetime": ("datetime", "DateTime", {}),
}
"""Shortcut → (module in `gradio.components`, class name, preset arguments)."""


def component_from(spec: str | Component, render: bool = True) -> Component:
    """A component for `spec`: returned as is if it is one, else built from its shortcut."""
    if isinstance(spec, Component):
        return spec
    if not isinstance(spec, str):
        raise InvalidComponentError(f"Expected a component or a shortcut string, got {spec!r}.")
    entry = SHORTCUTS.get(spec.lower())
    if entry is None:
        raise InvalidComponentError(
            f"No component is called {spec!r}. Use one of: {', '.join(sorted(SHORTCUTS))}."
        )
    module_name, class_name, preset = entry
    try:
        module = importlib.import_module(f"gradio.components.{module_name}")
    except ModuleNotFoundError:
        raise InvalidComponentError(f"The {class_name} component is not available yet.") from None
    cls = getattr(module, class_name)
    component: Component = cls(render=render, **preset)
    return component
