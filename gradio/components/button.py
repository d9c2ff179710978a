"""`Button`: a button that triggers `.click()` listeners."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component
from gradio.events.listener import EventListener
from gradio.exceptions import InvalidValueError

if TYPE_CHECKING:
    from gradio.components.timer import Timer

BUTTON_VARIANTS = ("primary", "secondary", "stop", "huggingface")


class Button(Component):
    """A button; its value is its label.

    Parameters:
        value: the label, or a function computing it on each page load.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        variant: `"primary"`, `"secondary"`, `"stop"` or `"huggingface"`.
        size: `"sm"`, `"md"` or `"lg"`.
        icon: an image shown next to the label (path or URL).
        link: a URL opened on click (the button becomes a link).
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
    """

    change = EventListener("change", "The label changed.", trigger_mode="always_last")
    click = EventListener("click", "The button was clicked.")

    skip_api = True

    def __init__(
        self,
        value: str | Callable[..., Any] = "Run",
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        variant: Literal["primary", "secondary", "stop", "huggingface"] = "secondary",
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
    ) -> None:
        if variant not in BUTTON_VARIANTS:
            raise InvalidValueError(
                type(self).__name__, "variant", f"{variant!r} is not one of {BUTTON_VARIANTS}"
            )
        self.variant = variant
        """`"primary"`, `"secondary"`, `"stop"` or `"huggingface"`."""
        self.size = size
        self.icon = None if icon is None else str(icon)
        self.link = link
        self.link_target = link_target
        super().__init__(
            value,
            every=every,
            inputs=inputs,
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
        """The label text."""
        return None if payload is None else str(payload)

    def postprocess(self, value: Any) -> str | None:
        """The label text."""
        return None if value is None else str(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    def example_payload(self) -> str:
        return "Run"
