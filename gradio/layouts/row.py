"""`Row`: lays its children out side by side."""

from __future__ import annotations

from typing import Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.blocks.block import BlockContext


class Row(BlockContext):
    """Places its children horizontally (wrapping on narrow screens).

    Parameters:
        variant: `"panel"` adds a background, `"compact"` removes the gaps.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        scale: relative height in a `fill_height` column.
        render: whether to join the current `with` container now.
        height: fixed height (pixels or CSS length).
        max_height: maximum height.
        min_height: minimum height.
        equal_height: make all children as tall as the tallest.
        show_progress: show the progress of events whose outputs are inside.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
    """

    def __init__(
        self,
        *,
        variant: Literal["default", "panel", "compact"] = "default",
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        scale: int | None = None,
        render: bool = True,
        height: int | str | None = None,
        max_height: int | str | None = None,
        min_height: int | str | None = None,
        equal_height: bool = False,
        show_progress: bool = False,
        key: Key = None,
        preserved_by_key: PreservedByKey = None,
    ) -> None:
        self.variant = variant
        """`"default"`, `"panel"` or `"compact"`."""
        self.scale = scale
        """Relative height in a `fill_height` column."""
        self.height = height
        self.max_height = max_height
        self.min_height = min_height
        self.equal_height = equal_height
        """Whether children are stretched to equal height."""
        self.show_progress = show_progress
        """Whether progress of events with outputs inside is shown on the row."""
        super().__init__(
            elem_id=elem_id,
            elem_classes=elem_classes,
            visible=visible,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )
