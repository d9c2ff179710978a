"""Shared type aliases and string literals of the public API.

Every `Literal` that appears in more than one signature is named here once, so the
component modules, the event listeners and the server agree on the spelling.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, Union

if TYPE_CHECKING:
    from gradio.blocks.block import BlockContext
    from gradio.components.base import Component

ShowProgress: TypeAlias = Literal["full", "minimal", "hidden"]
"""How a dependency shows progress on its outputs."""

TriggerMode: TypeAlias = Literal["once", "multiple", "always_last"]
"""What the front end does when an event fires again while it is still pending."""

ApiVisibility: TypeAlias = Literal["public", "private", "undocumented"]
"""Whether an endpoint is listed in `/info` (public), only with `all_endpoints` or never."""

ConcurrencyLimit: TypeAlias = int | Literal["default"] | None
"""A per-listener concurrency limit; `"default"` defers to `Blocks.queue()`."""

Visibility: TypeAlias = bool | Literal["hidden"]
"""`True`, `False` (not in the page) or `"hidden"` (in the page but not shown)."""

Key: TypeAlias = int | str | tuple[int | str, ...] | None
"""Identity of a block across re-renders of `gr.render`."""

ElemClasses: TypeAlias = list[str] | str | None
"""One CSS class or a list of them."""

PreservedByKey: TypeAlias = list[str] | str | None
"""Props kept across re-renders when the key matches."""

ComponentsArg: TypeAlias = Union["Component", "Sequence[Component]", "set[Component]", None]
"""What `inputs=` / `outputs=` accept."""

BlocksArg: TypeAlias = Union[
    "Component",
    "BlockContext",
    "Sequence[Component | BlockContext]",
    "set[Component | BlockContext]",
    None,
]
"""What `gr.on` and `Blocks.load` accept as inputs and outputs ."""

Target: TypeAlias = tuple[int | None, str]
"""One `[block id, event name]` target of a dependency (`None` for `.then` steps)."""

JSONDict: TypeAlias = dict[str, Any]
"""A JSON object as a Python dict."""
