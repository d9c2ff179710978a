"""`Textbox`: one line or many lines of text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, FormComponent, mark_selectable
from gradio.events.listener import EventListener
from gradio.exceptions import Error, InvalidValueError

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer

TEXTBOX_TYPES = ("text", "password", "email")


class Textbox(FormComponent):
    """A text field for string input or output.

    Parameters:
        value: the initial text, or a function computing it on each page load.
        type: `"text"`, `"password"` (masked) or `"email"`.
        lines: visible lines (1 gives a single-line input).
        max_lines: the most lines the box grows to.
        placeholder: hint shown while empty.
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
        autofocus: focus it when the page loads.
        autoscroll: keep the end of the text in view as it grows.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        text_align: `"left"` or `"right"` alignment.
        rtl: right-to-left text.
        buttons: `"copy"` and/or custom buttons shown in the corner.
        max_length: the most characters accepted.
        submit_btn: show a submit button (`True` or its label).
        stop_btn: show a stop button (`True` or its label).
        html_attributes: extra attributes of the HTML input element.
    """

    change = EventListener(
        "change", "The value changed (typing or an output).", trigger_mode="always_last"
    )
    input = EventListener("input", "The user changed the value.")
    select = EventListener("select", "The user selected text.", callback=mark_selectable)
    submit = EventListener("submit", "The user pressed Enter.")
    focus = EventListener("focus", "The textbox gained focus.")
    blur = EventListener("blur", "The textbox lost focus.")
    stop = EventListener("stop", "The user pressed the stop button.")
    copy = EventListener("copy", "The user copied the text.")

    def __init__(
        self,
        value: str | Callable[..., Any] | None = None,
        type: Literal["text", "password", "email"] = "text",
        lines: int = 1,
        max_lines: int | None = None,
        placeholder: str | None = None,
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
        autofocus: bool = False,
        autoscroll: bool = True,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
        text_align: Literal["left", "right"] | None = None,
        rtl: bool = False,
        buttons: list[Literal["copy"] | Button] | None = None,
        max_length: int | None = None,
        submit_btn: str | bool | None = False,
        stop_btn: str | bool | None = False,
        html_attributes: Any = None,
    ) -> None:
        if type not in TEXTBOX_TYPES:
            raise InvalidValueError("Textbox", "type", f"{type!r} is not one of {TEXTBOX_TYPES}")
        if lines < 1:
            raise InvalidValueError("Textbox", "lines", f"must be at least 1, got {lines}")
        if max_lines is not None and max_lines < lines:
            raise InvalidValueError(
                "Textbox", "max_lines", f"{max_lines} is less than lines={lines}"
            )
        self.type = type
        """`"text"`, `"password"` or `"email"`."""
        self.lines = 1 if type == "password" else lines
        """Visible lines (a password field always has one)."""
        self.max_lines = max_lines
        self.placeholder = placeholder
        self.autofocus = autofocus
        self.autoscroll = autoscroll
        self.text_align = text_align
        self.rtl = rtl
        self.buttons = list(buttons or [])
        self.max_length = max_length
        self.submit_btn = submit_btn
        self.stop_btn = stop_btn
        self.html_attributes = html_attributes
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
        """The text as a `str` (`None` stays `None`)."""
        if payload is None:
            return None
        if not isinstance(payload, (str, int, float)) or isinstance(payload, bool):
            raise Error(f"Textbox expects a string, got {type(payload).__name__}.")
        return str(payload)

    def postprocess(self, value: Any) -> str | None:
        """Any value as text (`None` stays `None`)."""
        return None if value is None else str(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    def example_payload(self) -> str:
        return "Hello!!"
