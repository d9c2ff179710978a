"""How `gr.Progress`, `gr.Info` and `gr.Warning` reach the event's stream.

The queue installs one `QueueReporter` per running event in `current_reporter`. User code
may call it from a worker thread, so every call hops onto the event loop first. Progress
is sampled: at most one `progress` message per `PROGRESS_INTERVAL`, the newest state wins
(Gradio coalesces fast successive updates the same way).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from gradio.queue import messages

PROGRESS_INTERVAL = 0.1
"""Seconds between two `progress` messages of one event."""


class QueueReporter:
    """The `EventReporter` of one running event.

    Parameters:
        loop: the server's event loop.
        event_id: the event the messages are about.
        send: posts one message to the event's stream (called on the loop).
    """

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        event_id: str,
        send: Callable[[messages.Message], None],
    ) -> None:
        self._loop = loop
        self._event_id = event_id
        self._send = send
        self._pending: list[dict[str, Any]] | None = None
        self._last_sent = 0.0
        self._timer: asyncio.TimerHandle | None = None
        self._closed = False

    def progress(self, progress_data: list[dict[str, Any]]) -> None:
        """Queue a `progress` message (sampled)."""
        self._call_on_loop(self._progress, progress_data)

    def log(
        self, level: str, message: str, duration: float | None, visible: bool, title: str
    ) -> None:
        """Send a `log` message for `gr.Info` / `gr.Warning`."""
        msg = messages.log(self._event_id, message, level, duration, visible, title)
        self._call_on_loop(self._send_now, msg)

    def flush(self) -> None:
        """Send a sampled-away progress update now (before a result message). Loop only."""
        if self._pending is not None:
            self._emit_progress()

    def close(self) -> None:
        """Drop pending progress and ignore later calls (the event is over). Loop only."""
        self._closed = True
        self._pending = None
        if self._timer is not None:
            self._timer.cancel()

    def _call_on_loop(self, callback: Callable[[Any], None], arg: Any) -> None:
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self._loop:
            callback(arg)
        else:
            self._loop.call_soon_threadsafe(callback, arg)

    def _send_now(self, msg: messages.Message) -> None:
        if not self._closed:
            self.flush()
            self._send(msg)

    def _progress(self, progress_data: list[dict[str, Any]]) -> None:
        if self._closed:
            return
        self._pending = progress_data
        wait = self._last_sent + PROGRESS_INTERVAL - time.monotonic()
        if wait <= 0:
            self._emit_progress()
        elif self._timer is None:
            self._timer = self._loop.call_later(wait, self._emit_progress)

    def _emit_progress(self) -> None:
        self._timer = None
        if self._pending is None or self._closed:
            return
        data, self._pending = self._pending, None
        self._last_sent = time.monotonic()
        self._send(messages.progress(self._event_id, data))
