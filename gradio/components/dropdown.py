"""`Dropdown`: pick one or several entries from a list."""

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


class DefaultValue:
    """Marks "no value given": the first choice (or nothing, for multiselect)."""

    def __repr__(self) -> str:
        return "DefaultValue()"


class Dropdown(HasChoices, FormComponent):
    """A dropdown of choices: one value, or a list with `multiselect=True`.

    Parameters:
        choices: values, or `(label, value)` pairs.
        value: the initial selection (default: the first choice), or a function.
        type: `"value"` passes the chosen values, `"index"` their positions.
        multiselect: allow several selections.
        allow_custom_value: accept values typed by the user that are not choices.
        max_choices: with `multiselect`, the most selections allowed.
        filterable: let the user type to filter the choices.
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

    change = EventListener("change", "The selection changed.", trigger_mode="always_last")
    input = EventListener("input", "The user changed the selection.")
    select = EventListener("select", "The user selected an entry.", callback=mark_selectable)
    focus = EventListener("focus", "The dropdown gained focus.")
    blur = EventListener("blur", "The dropdown lost focus.")
    key_up = EventListener(
        "key_up", "The user typed in the filter box.", trigger_mode="always_last"
    )

    def __init__(
        self,
        choices: Sequence[Choice] | None = None,
        value: str
        | int
        | float
        | Sequence[str | int | float]
        | Callable[..., Any]
        | DefaultValue
        | None = DefaultValue(),
        type: Literal["value", "index"] = "value",
        multiselect: bool | None = None,
        allow_custom_value: bool = False,
        max_choices: int | None = None,
        filterable: bool = True,
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
        self.choices = self.normalize_choices(choices)
        self.type = type
        self.check_type("Dropdown")
        self.multiselect = multiselect
        self.allow_custom_value = allow_custom_value
        self.max_choices = max_choices
        self.filterable = filterable
        self.buttons = list(buttons or [])
        if isinstance(value, DefaultValue):
            value = [] if multiselect else (self.choice_values[0] if self.choices else None)
        elif value is not None and not callable(value) and not allow_custom_value:
            chosen = list(value) if isinstance(value, (list, tuple)) else [value]
            for item in chosen:
                if item not in self.choice_values:
                    raise InvalidValueError(
                        "Dropdown",
                        "value",
                        f"{item!r} is not one of the choices {self.choice_values} "
                        "(pass allow_custom_value=True to allow it)",
                    )
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
        props["num_choices_shown"] = 100
        return props

    def preprocess(self, payload: Any) -> Any:
        """The chosen value(s), or their indices with `type="index"`."""
        if payload is None:
            return [] if self.multiselect else None
        if self.multiselect:
            if not isinstance(payload, list):
                payload = [payload]
            if self.max_choices is not None and len(payload) > self.max_choices:
                raise Error(f"Dropdown accepts at most {self.max_choices} choices.")
            return [self.choice_to_python(v, "Dropdown", self.allow_custom_value) for v in payload]
        if isinstance(payload, list):
            raise Error("Dropdown expects one value, got a list (set multiselect=True).")
        return self.choice_to_python(payload, "Dropdown", self.allow_custom_value, plain=True)

    def postprocess(self, value: Any) -> Any:
        """The selection as sent to the page (a list for multiselect; `None` stays `None`)."""
        if value is None:
            return None
        if self.multiselect and not isinstance(value, (list, tuple)):
            return [value]
        return list(value) if isinstance(value, tuple) else value

    def api_info(self) -> dict[str, Any]:
        # the choices are listed even when custom values are allowed, as in Gradio
        item: dict[str, Any] = {"type": "string", "enum": self.choice_values}
        return {"type": "array", "items": item} if self.multiselect else item

    def example_payload(self) -> Any:
        first = self.choice_values[0] if self.choices else None
        return ([first] if first is not None else []) if self.multiselect else first
