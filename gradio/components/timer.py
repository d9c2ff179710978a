"""`Timer`: fires `tick` at a fixed interval while active."""

from __future__ import annotations

from typing import Any

from gradio.components.base import Component
from gradio.events.listener import EventListener
from gradio.exceptions import InvalidValueError


class Timer(Component):
    """An invisible component whose `tick` event fires every `value` seconds.

    Parameters:
        value: the interval in seconds.
        active: whether it is ticking.
        render: whether to join the current `with` container now.
    """

    change = EventListener(
        "change", "The interval or active state changed.", trigger_mode="always_last"
    )
    tick = EventListener("tick", "The interval elapsed.", show_progress="hidden")

    breaks_grouping = False
    """Invisible, so it does not end a run of form components grouped into one `Form`."""

    def __init__(self, value: float = 1, *, active: bool = True, render: bool = True) -> None:
        if value <= 0:
            raise InvalidValueError("Timer", "value", f"the interval must be positive, got {value}")
        self.active = active
        """Whether it is ticking."""
        super().__init__(value, render=render)

    def get_config(self) -> dict[str, Any]:
        """Props: `value`, `active`, `name`, `_selectable`."""
        return {
            "value": self.value,
            "active": self.active,
            "name": "timer",
            "_selectable": self._selectable,
        }

    def preprocess(self, payload: Any) -> float | None:
        """The interval in seconds."""
        return None if payload is None else float(payload)

    def api_info(self) -> dict[str, Any]:
        return {"type": "number"}

    def example_payload(self) -> float:
        return 1
