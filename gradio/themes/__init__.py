"""`gr.themes`: theme classes. Pass one (or its name) as `theme=`."""

from __future__ import annotations

from gradio.themes.base import Base
from gradio.themes.builtin import Citrus, Default, Glass, Monochrome, Ocean, Origin, Soft

__all__ = ["Base", "Citrus", "Default", "Glass", "Monochrome", "Ocean", "Origin", "Soft", "builtin"]


def builtin() -> tuple[type[Base], ...]:
    """The built-in theme classes."""
    return (Base, Default, Soft, Monochrome, Glass, Origin, Citrus, Ocean)
