"""`Tab` (also `TabItem`): one page of a `Tabs`."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.blocks.block import BlockContext
from gradio.components.base import mark_selectable
from gradio.events.listener import EventListener
from gradio.layouts.tabs import Tabs


class Tab(BlockContext):
    """One tab of a `Tabs`; tabs placed elsewhere are wrapped in a `Tabs` automatically.

    Parameters:
        label: the tab's title.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        interactive: `False` disables the tab button.
        id: an id to select the tab by (`Tabs(selected=...)`).
        alignment: `"left"` or `"right"` placement of the tab button.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        scale: relative height in a `fill_height` layout.
        height: fixed height.
        max_height: maximum height.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        render_children: render the children even while the tab is hidden.
    """

    block_name = "tabitem"
    expected_parent: ClassVar[type[BlockContext] | None] = Tabs
    select = EventListener("select", "This tab was selected.", callback=mark_selectable)

    def __init__(
        self,
        label: str | None = None,
        visible: Visibility = True,
        interactive: bool = True,
        *,
        id: int | str | None = None,
        alignment: Literal["left", "right"] = "left",
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        scale: int | None = None,
        height: int | str | None = None,
        max_height: int | str | None = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = None,
        render_children: bool = False,
    ) -> None:
        self.label = label
        """The tab's title."""
        self.interactive = interactive
        """Whether the tab button is enabled."""
        self.tab_id = id
        """The id used by `Tabs(selected=...)`."""
        self.alignment = alignment
        self.scale = scale
        self.height = height
        self.max_height = max_height
        self.render_children = render_children
        super().__init__(
            elem_id=elem_id,
            elem_classes=elem_classes,
            visible=visible,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )

    def get_config(self) -> dict[str, Any]:
        """Props as Gradio sends them: `id` is the tab id, `name` is `"tab"`."""
        props = super().get_config()
        props.pop("id", None)
        if self.tab_id is not None:
            props["id"] = self.tab_id
        props["name"] = "tab"
        return props


TabItem = Tab
