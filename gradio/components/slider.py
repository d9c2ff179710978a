"""`Slider`: a number picked on a range."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, FormComponent
from gradio.events.listener import EventListener
from gradio.exceptions import Error, InvalidValueError

if TYPE_CHECKING:
    from gradio.components.timer import Timer


class Slider(FormComponent):
    """A slider from `minimum` to `maximum` in steps of `step`.

    Parameters:
        minimum: the smallest value.
        maximum: the largest value.
        value: the initial value (default: `minimum`), or a function computing it.
        step: the increment (default: 1).
        precision: decimal places to round to (`0` gives `int`).
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
        randomize: start at a random value in the range.
        buttons: `["reset"]` shows a reset button.
    """

    change = EventListener("change", "The value changed.", trigger_mode="always_last")
    input = EventListener("input", "The user moved the slider.")
    release = EventListener("release", "The user released the slider.")

    hidden_props: ClassVar[frozenset[str]] = frozenset({"randomize"})

    def __init__(
        self,
        minimum: float = 0,
        maximum: float = 100,
        value: float | Callable[..., Any] | None = None,
        step: float | None = None,
        precision: int | None = None,
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
        randomize: bool = False,
        buttons: list[Literal["reset"]] | None = None,
    ) -> None:
        if minimum > maximum:
            raise InvalidValueError(
                "Slider", "minimum", f"{minimum} is greater than maximum={maximum}"
            )
        if step is not None and step <= 0:
            raise InvalidValueError("Slider", "step", f"must be positive, got {step}")
        self.minimum = minimum
        """The smallest value."""
        self.maximum = maximum
        """The largest value."""
        self.step = 1 if step is None else step
        """The increment."""
        self.precision = precision
        self.randomize = randomize
        self.buttons = buttons
        if value is None:
            value = self._random_value() if randomize else minimum
        elif not callable(value) and not minimum <= value <= maximum:
            raise InvalidValueError("Slider", "value", f"{value} is outside [{minimum}, {maximum}]")
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

    def _random_value(self) -> float:
        steps = int((self.maximum - self.minimum) / self.step)
        return self.minimum + random.randint(0, steps) * self.step

    def preprocess(self, payload: Any) -> float | int | None:
        """The value as a number, checked against the range."""
        if payload is None:
            return None
        if isinstance(payload, bool) or not isinstance(payload, (int, float)):
            raise Error(f"Slider expects a number, got {payload!r}.")
        if not self.minimum <= payload <= self.maximum:
            raise Error(f"Value {payload} is outside the range [{self.minimum}, {self.maximum}].")
        return self._rounded(payload)

    def postprocess(self, value: Any) -> float | int | None:
        """The number, rounded to `precision` when set."""
        return None if value is None else self._rounded(value)

    def _rounded(self, number: float) -> float | int:
        if self.precision is None:
            return number
        return round(number) if self.precision == 0 else round(number, self.precision)

    def clear_value(self) -> float:
        """What a Clear button resets the slider to: its minimum."""
        return self.minimum

    def api_info(self) -> dict[str, Any]:
        return {
            "type": "number",
            "description": f"numeric value between {self.minimum} and {self.maximum}",
        }

    def example_payload(self) -> float:
        return self.minimum
