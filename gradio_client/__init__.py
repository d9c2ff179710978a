"""Python client for Gradio-protocol apps (radiogram and Gradio 6)."""

from __future__ import annotations

__version__ = "2.7.2"

__all__: list[str] = []
