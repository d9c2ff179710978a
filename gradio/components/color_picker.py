"""`ColorPicker`: a colour, as a hex string such as `"#ff0000"`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component
from gradio.events.listener import EventListener
from gradio.exceptions import Error

if TYPE_CHECKING:
    from gradio.components.timer import Timer


class ColorPicker(Component):
    """A colour swatch that opens a picker; the value is a CSS colour string (hex from the page).

    Parameters:
        value: the initial colour (e.g. `"#ff0000"`), or a function computing it.
        label: the label, also the API parameter name.
        info: help text under the label.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        show_label: whether the label is shown.
        container: whether it sits in a padded box.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        interactive: editable or display-only (default: decided by usage).
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
    """

    change = EventListener("change", "The colour changed.", trigger_mode="always_last")
    input = EventListener("input", "The user picked a colour.")
    release = EventListener("release", "The user let go of the picker after dragging.")
    submit = EventListener("submit", "The user pressed Enter in the hex field.")
    focus = EventListener("focus", "The picker gained focus.")
    blur = EventListener("blur", "The picker lost focus.")

    def __init__(
        self,
        value: str | Callable[..., Any] | None = None,
        *,
        label: str | None = None,
        info: str | None = None,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
    ) -> None:
        super().__init__(
            value,
            label=label,
            info=info,
            every=every,
            inputs=inputs,
            show_label=show_label,
            container=container,
            scale=scale,
            min_width=min_width,
            interactive=interactive,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )

    def preprocess(self, payload: Any) -> str | None:
        """The colour string as the page sent it (the page sends hex, e.g. `"#1a2b3c"`)."""
        if payload is None:
            return None
        if not isinstance(payload, str):
            raise Error(f"ColorPicker expects a colour string such as '#ff0000', got {payload!r}.")
        return payload

    def postprocess(self, value: Any) -> str | None:
        """Any returned value as a string (`None` stays `None`), as Gradio does."""
        return None if value is None else str(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    def example_payload(self) -> str:
        return "#000000"
