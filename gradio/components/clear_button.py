"""`ClearButton`: a button that empties components, entirely in the page."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ApiVisibility, ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component
from gradio.components.button import Button

if TYPE_CHECKING:
    from gradio.components.timer import Timer


class ClearButton(Button):
    """A button that resets components to empty when clicked, without a server round trip.

    Parameters:
        components: the components to clear (more can be added with `.add()`).
        value: the label.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        variant: `"primary"`, `"secondary"` or `"stop"`.
        size: `"sm"`, `"md"` or `"lg"`.
        icon: an image shown next to the label.
        link: a URL opened on click.
        link_target: where `link` opens.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        interactive: `False` disables the button.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        api_name: endpoint name of the clear listener.
        api_visibility: visibility of the clear listener.
    """

    block_name = "button"

    def __init__(
        self,
        components: Sequence[Component] | Component | None = None,
        *,
        value: str = "Clear",
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        variant: Literal["primary", "secondary", "stop"] = "secondary",
        size: Literal["sm", "md", "lg"] = "lg",
        icon: str | Path | None = None,
        link: str | None = None,
        link_target: Literal["_self", "_blank", "_parent", "_top"] = "_self",
        visible: Visibility = True,
        interactive: bool = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
        scale: int | None = None,
        min_width: int | None = None,
        api_name: str | None = None,
        api_visibility: ApiVisibility = "undocumented",
    ) -> None:
        self.api_name = api_name
        self.api_visibility = api_visibility
        super().__init__(
            value,
            every=every,
            inputs=inputs,
            variant=variant,
            size=size,
            icon=icon,
            link=link,
            link_target=link_target,
            visible=visible,
            interactive=interactive,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
            scale=scale,
            min_width=min_width,
        )
        if components is not None:
            self.add(components)

    def add(self, components: Component | Sequence[Component]) -> ClearButton:
        """Also clear `components` when clicked (registers a front-end-only listener)."""
        targets = [components] if isinstance(components, Component) else list(components)
        empty = [_empty_payload(component) for component in targets]
        self.click(None, [], targets, js=f"() => {json.dumps(empty)}")
        return self


def _empty_payload(component: Component) -> Any:
    clear: Callable[[], Any] | None = getattr(component, "clear_value", None)
    return clear() if clear is not None else component.postprocess(None)
