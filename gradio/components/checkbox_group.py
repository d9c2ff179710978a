"""`CheckboxGroup`: tick any number of choices."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, FormComponent, mark_selectable
from gradio.components.mixins import Choice, HasChoices
from gradio.events.listener import EventListener
from gradio.exceptions import Error

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer


class CheckboxGroup(HasChoices, FormComponent):
    """A group of checkboxes; the value is the list of ticked choices.

    Parameters:
        choices: values, or `(label, value)` pairs.
        value: the initially ticked values (one value alone means a list of it), or a function.
        type: `"value"` passes the ticked values, `"index"` their positions.
        label: the label, also the API parameter name.
        info: help text under the label.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        show_label: whether the label is shown.
        show_select_all: show a "Select All" box that ticks or clears every choice.
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

    change = EventListener("change", "The ticked choices changed.", trigger_mode="always_last")
    input = EventListener("input", "The user ticked or cleared a choice.")
    select = EventListener(
        "select",
        "The user ticked or cleared a choice (with `gr.SelectData`).",
        callback=mark_selectable,
    )

    def __init__(
        self,
        choices: Sequence[Choice] | None = None,
        *,
        value: Sequence[str | float | int] | str | float | int | Callable[..., Any] | None = None,
        type: Literal["value", "index"] = "value",
        label: str | None = None,
        info: str | None = None,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        show_label: bool | None = None,
        show_select_all: bool = False,
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
        self.check_type("CheckboxGroup")
        self.show_select_all = show_select_all
        self.buttons = list(buttons or [])
        # Like Gradio, an initial value outside the choices is kept (not refused): it is only
        # checked when it comes back from the page.
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

    def preprocess(self, payload: Any) -> list[Any]:
        """The ticked values, or their indices with `type="index"`.

        Every item must be one of the choices (Gradio's message names the first that is not).
        """
        if payload is None:
            return []
        if not isinstance(payload, list):
            raise Error(f"CheckboxGroup expects a list of values, got {payload!r}.")
        return [
            self.choice_to_python(item, "CheckboxGroup", allow_custom=False) for item in payload
        ]

    def postprocess(self, value: Any) -> list[Any]:
        """The ticked values as a list: `None` → `[]`, one value `v` → `[v]`."""
        if value is None:
            return []
        if isinstance(value, (list, tuple)):
            return list(value)
        return [value]

    def api_info(self) -> dict[str, Any]:
        # Gradio types the items as strings even when the choices are numbers.
        return {
            "items": {"enum": self.choice_values, "type": "string"},
            "title": "Checkbox Group",
            "type": "array",
        }

    def example_payload(self) -> Any:
        return [self.choice_values[0]] if self.choices else None
