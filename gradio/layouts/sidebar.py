"""`Sidebar`: a collapsible panel at the side of the page."""

from __future__ import annotations

from typing import Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.blocks.block import BlockContext
from gradio.events.listener import EventListener


class Sidebar(BlockContext):
    """A panel docked to the left or right edge of the page that can be collapsed.

    Parameters:
        label: the title.
        open: whether it starts open.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        width: width in pixels or a CSS length.
        position: `"left"` or `"right"`.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
    """

    expand = EventListener("expand", "The sidebar was opened.")
    collapse = EventListener("collapse", "The sidebar was closed.")

    def __init__(
        self,
        label: str | None = None,
        *,
        open: bool = True,
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        width: int | str = 320,
        position: Literal["left", "right"] = "left",
        key: Key = None,
        preserved_by_key: PreservedByKey = None,
    ) -> None:
        self.label = label
        """The title."""
        self.open = open
        """Whether it is open."""
        self.width = width
        """Width in pixels or a CSS length."""
        self.position = position
        """`"left"` or `"right"`."""
        super().__init__(
            elem_id=elem_id,
            elem_classes=elem_classes,
            visible=visible,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )
