"""`JSON`: any JSON-compatible value, shown as a collapsible tree."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component
from gradio.events.listener import EventListener
from gradio.exceptions import Error

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer


class JSON(Component):
    """Shows a JSON value (dicts, lists, numbers, strings) as a tree.

    Parameters:
        value: the initial value (a JSON string is parsed), or a function computing it.
        label: the label, also the API parameter name.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        show_label: whether the label is shown.
        container: whether it sits in a padded box.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        open: start with every node expanded.
        show_indices: show list indices.
        height: fixed height.
        max_height: maximum height.
        min_height: minimum height.
        buttons: `"copy"` and/or custom buttons (default: copy).
    """

    change = EventListener("change", "The value changed.", trigger_mode="always_last")

    block_name = "json"

    def __init__(
        self,
        value: str | dict[str, Any] | list[Any] | Callable[..., Any] | None = None,
        *,
        label: str | None = None,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
        open: bool = False,
        show_indices: bool = False,
        height: int | str | None = None,
        max_height: int | str | None = 500,
        min_height: int | str | None = None,
        buttons: list[Literal["copy"] | Button] | None = None,
    ) -> None:
        self.open = open
        self.show_indices = show_indices
        self.height = height
        self.max_height = max_height
        self.min_height = min_height
        self.buttons = ["copy"] if buttons is None else list(buttons)
        super().__init__(
            value,
            label=label,
            every=every,
            inputs=inputs,
            show_label=show_label,
            container=container,
            scale=scale,
            min_width=min_width,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )

    def preprocess(self, payload: Any) -> Any:
        """The JSON value as Python data."""
        return payload

    def postprocess(self, value: Any) -> Any:
        """Python data as JSON (a JSON string is parsed; other objects must serialise)."""
        if value is None:
            return None
        if isinstance(value, str):
            try:
                return json.loads(value)
            except json.JSONDecodeError:
                return value
        try:
            return json.loads(json.dumps(value, default=_plain))
        except (TypeError, ValueError) as error:
            raise Error(
                f"JSON cannot show a value of type {type(value).__name__}: {error}"
            ) from None

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any valid json"}

    def example_payload(self) -> Any:
        return {"foo": "bar"}


def _plain(value: Any) -> Any:
    """Objects JSON does not know: numpy values and arrays, sets, dataclasses."""
    tolist = getattr(value, "tolist", None)
    if callable(tolist):
        return tolist()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    fields = getattr(value, "__dataclass_fields__", None)
    if fields is not None:
        return {name: getattr(value, name) for name in fields}
    raise TypeError(f"{type(value).__name__} is not JSON serializable")
