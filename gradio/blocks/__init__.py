"""The app and its block tree: `Blocks`, `Block`, `BlockContext`."""

from __future__ import annotations

from gradio.blocks.block import Block, BlockContext
from gradio.blocks.blocks import Blocks

__all__ = ["Block", "BlockContext", "Blocks"]
