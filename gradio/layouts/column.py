"""`Column`: stacks its children vertically."""

from __future__ import annotations

from typing import Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.blocks.block import BlockContext


class Column(BlockContext):
    """Places its children vertically; inside a `Row` it is one column of the row.

    Parameters:
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        variant: `"panel"` adds a background, `"compact"` removes the gaps.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        show_progress: show the progress of events whose outputs are inside.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
    """

    def __init__(
        self,
        *,
        scale: int = 1,
        min_width: int = 320,
        variant: Literal["default", "panel", "compact"] = "default",
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        show_progress: bool = False,
        key: Key = None,
        preserved_by_key: PreservedByKey = None,
    ) -> None:
        self.scale = scale
        """Relative width in a `Row`."""
        self.min_width = min_width
        """Minimum width in pixels."""
        self.variant = variant
        """`"default"`, `"panel"` or `"compact"`."""
        self.show_progress = show_progress
        """Whether progress of events with outputs inside is shown on the column."""
        super().__init__(
            elem_id=elem_id,
            elem_classes=elem_classes,
            visible=visible,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )
