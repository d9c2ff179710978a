"""`Form`: the box that groups consecutive small inputs (created automatically)."""

from __future__ import annotations

from typing import Any

from gradio._types import Key, PreservedByKey
from gradio.blocks.block import Block, BlockContext


class Form(BlockContext):
    """Groups consecutive form components into one bordered box.

    Created by the layout when a container closes, not usually by users. Inside a `Row`
    it takes the summed `scale` and `min_width` of its children, so the row divides its
    width as if they sat in it directly.

    Parameters:
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
    """

    def __init__(
        self,
        *,
        scale: int = 0,
        min_width: int = 0,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = None,
    ) -> None:
        self.scale = scale
        """Relative width in a `Row`."""
        self.min_width = min_width
        """Minimum width in pixels."""
        super().__init__(render=render, key=key, preserved_by_key=preserved_by_key)

    def add_child(self, child: Block) -> None:
        """Append `child`; inside a `Row`, add its scale and minimum width to the form's."""
        from gradio.layouts.row import Row

        if isinstance(self.parent, Row):
            child_scale: Any = getattr(child, "scale", None)
            self.scale += 1 if child_scale is None else child_scale
            self.min_width += getattr(child, "min_width", 0) or 0
        super().add_child(child)
