"""`BrowserState`: a value kept in the browser's localStorage across page loads."""

from __future__ import annotations

import secrets
import string
from typing import Any

from gradio.components.base import Component
from gradio.events.listener import EventListener


class BrowserState(Component):
    """A value stored (encrypted) in the browser's localStorage, surviving reloads.

    Parameters:
        default_value: the value when nothing is stored yet.
        storage_key: the localStorage key (default: a random one).
        secret: the key the value is encrypted with (default: random per app start).
        render: whether to join the current `with` container now.
    """

    change = EventListener("change", "The stored value changed.", trigger_mode="always_last")

    connects_heartbeat = True
    breaks_grouping = False
    """Invisible, so it does not end a run of form components grouped into one `Form`."""

    def __init__(
        self,
        default_value: Any = None,
        storage_key: str | None = None,
        secret: str | None = None,
        render: bool = True,
    ) -> None:
        self.default_value = default_value
        """The value when nothing is stored yet."""
        self.storage_key = storage_key or _random_text(16)
        """The localStorage key."""
        self.secret = secret or _random_text(16)
        """The encryption key."""
        super().__init__(default_value, render=render)

    def get_config(self) -> dict[str, Any]:
        """Props: `default_value`, `storage_key`, `secret`, `name`, `_selectable`."""
        return {
            "default_value": self.default_value,
            "storage_key": self.storage_key,
            "secret": self.secret,
            "name": "browserstate",
            "_selectable": self._selectable,
        }

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any json-serializable value"}

    def example_payload(self) -> Any:
        return "test"


def _random_text(length: int) -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))
