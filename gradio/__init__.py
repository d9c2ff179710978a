"""radiogram: the Gradio 6 API. This module only imports and lists the public names."""

from __future__ import annotations

__version__ = "6.31.0"

__all__: list[str] = []
