"""`State`: a per-session value kept on the server, never shown in the page."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from gradio.components.base import Component
from gradio.events.listener import EventListener


def default_delete_callback(value: Any) -> None:
    """What happens to a session's value when it expires: nothing."""


class State(Component):
    """A hidden value stored per browser session (each tab gets its own deep copy).

    Parameters:
        value: the initial value (deep-copied for each session), or a function making it.
        render: whether to join the current `with` container now.
        time_to_live: seconds after the last change when the value is deleted; `None`: never.
        delete_callback: called with the value when it is deleted.
    """

    change = EventListener("change", "The value changed.", trigger_mode="always_last")

    skip_api = True
    stateful = True
    connects_heartbeat = True
    breaks_grouping = False
    """Invisible, so it does not end a run of form components grouped into one `Form`."""

    def __init__(
        self,
        value: Any = None,
        render: bool = True,
        *,
        time_to_live: int | float | None = None,
        delete_callback: Callable[[Any], None] | None = None,
    ) -> None:
        self.time_to_live = time_to_live
        """Seconds after the last change when the value is deleted (`None`: never)."""
        self.delete_callback = delete_callback or default_delete_callback
        """Called with the value when it is deleted."""
        if callable(value):
            self.value_factory: Callable[[], Any] | None = value
            value = value()
        else:
            self.value_factory = None
        super().__init__(render=render)
        self.value = value

    def initial_value(self) -> Any:
        """A fresh copy of the initial value for a new session."""
        if self.value_factory is not None:
            return self.value_factory()
        return copy.deepcopy(self.value)

    def get_config(self) -> dict[str, Any]:
        """Props: `time_to_live`, `delete_callback` (as text), `name`, `_selectable`."""
        return {
            "time_to_live": self.time_to_live,
            "delete_callback": str(self.delete_callback),
            "name": "state",
            "_selectable": self._selectable,
        }

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any valid json"}
