"""`Checkbox`: a true/false value."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, FormComponent, mark_selectable
from gradio.events.listener import EventListener
from gradio.exceptions import Error

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer


class Checkbox(FormComponent):
    """A checkbox that is `True` or `False`.

    Parameters:
        value: whether it starts checked, or a function computing it.
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
        buttons: custom buttons shown in the corner.
    """

    change = EventListener("change", "The value changed.", trigger_mode="always_last")
    input = EventListener("input", "The user (un)checked it.")
    select = EventListener(
        "select", "The user (un)checked it (with `gr.SelectData`).", callback=mark_selectable
    )

    def __init__(
        self,
        value: bool | Callable[..., Any] = False,
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
        buttons: list[Button] | None = None,
    ) -> None:
        self.buttons = list(buttons or [])
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

    def preprocess(self, payload: Any) -> bool | None:
        """The payload as a `bool` (only `true`/`false` are accepted)."""
        if payload is None:
            return None
        if not isinstance(payload, bool):
            raise Error(f"Checkbox expects true or false, got {payload!r}.")
        return payload

    def postprocess(self, value: Any) -> bool | None:
        """Any value as a `bool`."""
        return None if value is None else bool(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": "boolean"}

    def example_payload(self) -> bool:
        return True
