"""`gradio.__all__` is the public surface: sorted, complete, and every name resolves."""

from __future__ import annotations

import gradio as gr
from tests.unit.reference import public_names


def test_all_is_sorted() -> None:
    assert gr.__all__ == sorted(gr.__all__)


def test_every_name_used_in_the_reference_is_exported() -> None:
    missing = public_names() - set(gr.__all__)

    assert missing == set()


def test_every_exported_name_resolves() -> None:
    unresolved = [name for name in gr.__all__ if getattr(gr, name, None) is None]

    assert unresolved == []


def test_the_brief_s_core_names_are_exported() -> None:
    core = {
        "Blocks", "Interface", "ChatInterface", "Row", "Column", "Group", "Tabs", "Tab",
        "Accordion", "Sidebar", "Textbox", "Number", "Slider", "Checkbox", "Dropdown", "Radio",
        "Image", "Audio", "Video", "File", "Chatbot", "Button", "Markdown", "HTML", "State",
        "Timer", "JSON", "ChatMessage", "Progress", "Info", "Warning", "Error", "Request",
        "EventData", "SelectData", "LikeData", "on", "update", "skip", "themes",
    }  # fmt: skip

    assert core - set(gr.__all__) == set()
