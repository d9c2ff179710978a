"""`Accordion`: a titled section that can be collapsed."""

from __future__ import annotations

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.blocks.block import BlockContext
from gradio.events.listener import EventListener


class Accordion(BlockContext):
    """Shows its children under a title that opens and closes them.

    Parameters:
        label: the title.
        open: whether it starts open.
        height: fixed height.
        max_height: maximum height.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
    """

    expand = EventListener("expand", "The accordion was opened.")
    collapse = EventListener("collapse", "The accordion was closed.")

    def __init__(
        self,
        label: str | None = None,
        *,
        open: bool = True,
        height: int | str | None = None,
        max_height: int | str | None = None,
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = None,
    ) -> None:
        self.label = label
        """The title."""
        self.open = open
        """Whether it is open."""
        self.height = height
        self.max_height = max_height
        super().__init__(
            elem_id=elem_id,
            elem_classes=elem_classes,
            visible=visible,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )
