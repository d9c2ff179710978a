"""`Radio`: pick exactly one of a few choices."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, FormComponent, mark_selectable
from gradio.components.mixins import Choice, HasChoices
from gradio.events.listener import EventListener
from gradio.exceptions import Error, InvalidValueError

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer


class Radio(HasChoices, FormComponent):
    """A set of radio buttons; one choice is selected.

    Parameters:
        choices: values, or `(label, value)` pairs.
        value: the initial choice (default: none), or a function.
        type: `"value"` passes the chosen value, `"index"` its position.
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
        rtl: right-to-left labels.
        buttons: custom buttons shown in the corner.
    """

    select = EventListener("select", "The user selected a choice.", callback=mark_selectable)
    change = EventListener("change", "The choice changed.", trigger_mode="always_last")
    input = EventListener("input", "The user changed the choice.")

    def __init__(
        self,
        choices: Sequence[Choice] | None = None,
        value: str | int | float | Callable[..., Any] | None = None,
        type: Literal["value", "index"] = "value",
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
        rtl: bool = False,
        buttons: list[Button] | None = None,
    ) -> None:
        self.choices = self.normalize_choices(choices)
        self.type = type
        self.check_type("Radio")
        if value is not None and not callable(value) and value not in self.choice_values:
            raise InvalidValueError(
                "Radio", "value", f"{value!r} is not one of {self.choice_values}"
            )
        self.rtl = rtl
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

    def get_config(self) -> dict[str, Any]:
        """Props, with choices as `[label, value]` pairs."""
        props = super().get_config()
        props["choices"] = self.choices_config()
        return props

    def preprocess(self, payload: Any) -> Any:
        """The chosen value, or its index with `type="index"`."""
        if payload is None:
            return None
        if isinstance(payload, (list, dict)):
            raise Error(f"Radio expects one value, got {payload!r}.")
        return self.choice_to_python(payload, "Radio", allow_custom=False)

    def api_info(self) -> dict[str, Any]:
        return {"enum": self.choice_values, "title": "Radio", "type": "string"}

    def example_payload(self) -> Any:
        return self.choice_values[0] if self.choices else None
