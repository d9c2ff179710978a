"""`Number`: a numeric field."""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, FormComponent
from gradio.events.listener import EventListener
from gradio.exceptions import Error, InvalidValueError

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer


def _parse(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise Error(f"Number expects a number, got {text!r}.") from None


class Number(FormComponent):
    """A field for entering or showing a number.

    Parameters:
        value: the initial number, or a function computing it on each page load.
        label: the label, also the API parameter name.
        placeholder: hint shown while empty.
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
        precision: decimal places to round to (`0` gives `int`); `None`: no rounding.
        minimum: the smallest value accepted.
        maximum: the largest value accepted.
        step: the increment of the arrow keys.
    """

    change = EventListener("change", "The value changed.", trigger_mode="always_last")
    input = EventListener("input", "The user changed the value.")
    submit = EventListener("submit", "The user pressed Enter.")
    focus = EventListener("focus", "The field gained focus.")
    blur = EventListener("blur", "The field lost focus.")

    def __init__(
        self,
        value: float | Callable[..., Any] | None = None,
        label: str | None = None,
        placeholder: str | None = None,
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
        precision: int | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        step: float = 1,
    ) -> None:
        if minimum is not None and maximum is not None and minimum > maximum:
            raise InvalidValueError(
                "Number", "minimum", f"{minimum} is greater than maximum={maximum}"
            )
        if precision is not None and precision < 0:
            raise InvalidValueError("Number", "precision", f"must be >= 0, got {precision}")
        self.placeholder = placeholder
        self.buttons = list(buttons or [])
        self.precision = precision
        """Decimal places to round to (`0`: `int`; `None`: no rounding)."""
        self.minimum = minimum
        """The smallest value accepted."""
        self.maximum = maximum
        """The largest value accepted."""
        self.step = step
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

    def preprocess(self, payload: Any) -> float | int | None:
        """The number as sent (an `int` stays an `int`), rounded to `precision`, checked
        against the bounds. Text holding a number is read as a `float`."""
        if payload is None:
            return None
        if isinstance(payload, bool) or not isinstance(payload, (int, float, str)):
            raise Error(f"Number expects a number, got {type(payload).__name__}.")
        number: float | int = payload if not isinstance(payload, str) else _parse(payload)
        if self.minimum is not None and number < self.minimum:
            raise Error(f"Value {number} is less than minimum value {self.minimum}.")
        if self.maximum is not None and number > self.maximum:
            raise Error(f"Value {number} is greater than maximum value {self.maximum}.")
        return self.rounded(number)

    def postprocess(self, value: Any) -> float | int | str | None:
        """The number rounded to `precision`; as returned when `precision` is `None`.

        As in Gradio, `round()` keeps an `int` an `int`: `7` goes out as `7` whatever the
        precision, `7.0` as `7.0` (or `7` with `precision=0`).
        """
        if value is None:
            return None
        if isinstance(value, str):
            return value if self.precision is None else self.rounded(_parse(value))
        if not isinstance(value, (int, float)):  # e.g. NumPy scalars
            value = operator.index(value) if hasattr(value, "__index__") else float(value)
        return self.rounded(value)

    def rounded(self, number: float | int) -> float | int:
        """`number` rounded to `precision` (`int` when it is 0; an `int` stays one)."""
        if self.precision is None:
            return number
        if self.precision == 0:
            return round(number)
        return round(number, self.precision)

    def api_info(self) -> dict[str, Any]:
        return {"type": "integer" if self.precision == 0 else "number"}

    def example_payload(self) -> float:
        return self.rounded(3 if self.minimum is None else self.minimum)
