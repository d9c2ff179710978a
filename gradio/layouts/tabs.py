"""`Tabs`: a set of `Tab`s, one shown at a time."""

from __future__ import annotations

from typing import Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.blocks.block import BlockContext
from gradio.components.base import mark_selectable
from gradio.events.listener import EventListener


class Tabs(BlockContext):
    """Holds `Tab`s and shows one at a time.

    Parameters:
        selected: the `id` (or index) of the tab shown first.
        overflow_behavior: `"menu"` folds extra tabs into a menu, `"wrap"` wraps them.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
    """

    change = EventListener("change", "The selected tab changed.", trigger_mode="always_last")
    select = EventListener("select", "A tab was selected by the user.", callback=mark_selectable)

    def __init__(
        self,
        *,
        selected: int | str | None = None,
        overflow_behavior: Literal["menu", "wrap"] = "menu",
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = None,
    ) -> None:
        self.selected = selected
        """The id (or index) of the tab shown."""
        self.overflow_behavior = overflow_behavior
        """`"menu"` or `"wrap"`."""
        super().__init__(
            elem_id=elem_id,
            elem_classes=elem_classes,
            visible=visible,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )
