"""The bridge between user code running inside an event and the queue that runs it.

`gr.Progress`, `gr.Info` and `gr.Warning` are called from user functions, which know
nothing about the queue. The queue sets `current_reporter` before calling a function
(in its own task, or copied into the worker thread's context), and these helpers send
their messages through whatever reporter is active. Outside an event there is none and
the calls are harmless no-ops (Gradio prints Info/Warning to the console then).
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any, Protocol


class EventReporter(Protocol):
    """What the queue offers to code running inside one event."""

    def progress(self, progress_data: list[dict[str, Any]]) -> None:
        """Send a `progress` message (one entry per nested progress level)."""

    def log(
        self, level: str, message: str, duration: float | None, visible: bool, title: str
    ) -> None:
        """Send a `log` message (`gr.Info` / `gr.Warning`)."""


current_reporter: ContextVar[EventReporter | None] = ContextVar("current_reporter", default=None)
