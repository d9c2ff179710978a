"""Where an event's messages wait until a client reads them.

A queue event's messages go to its session's mailbox (one stream per session carries all
of its events); a two-step REST event has a mailbox of its own. Messages are buffered from
the moment of the join, so a stream opened late replays them in order.

A reader takes everything buffered at once: when a busy server produced several messages
for one stream since its last write (a burst of generator steps, estimation updates), they
leave in one chunk, one socket write instead of several.

This is on the path of every streamed token, so waiting is kept cheap: one bare future
per wait, and the silence timeout (for heartbeats) is one timer per mailbox that is moved
forward lazily, rather than a timer armed and cancelled for every message.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable


class Mailbox:
    """A FIFO of framed SSE messages plus the set of events still expected to write to it."""

    def __init__(self) -> None:
        self.pending: set[str] = set()
        """Ids of events that have not sent their last message yet."""
        self._items: list[bytes] = []
        self._waiter: asyncio.Future[None] | None = None
        self._silence: _SilenceTimer | None = None

    def put(self, item: bytes) -> None:
        """Add one framed message and wake the reader."""
        self._items.append(item)
        self._wake()

    def finish(self, event_id: str) -> None:
        """Note that an event sent its last message."""
        self.pending.discard(event_id)
        self._wake()

    @property
    def drained(self) -> bool:
        """True when nothing is buffered and no event will write again."""
        return not self._items and not self.pending

    async def get(self, timeout: float) -> bytes | None:
        """Every buffered message, in order, as one chunk; `None` once `timeout` seconds
        passed since the last chunk (time for a heartbeat), or when all events are done.
        """
        if self._silence is None:
            self._silence = _SilenceTimer(asyncio.get_running_loop(), timeout, self._wake)
        silence = self._silence
        while not self._items and self.pending and not silence.expired:
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        if not self._items:
            silence.expired = False
            return None
        items, self._items = self._items, []
        silence.touch()
        return items[0] if len(items) == 1 else b"".join(items)

    def close(self) -> None:
        """Stop the silence timer (the stream is over)."""
        if self._silence is not None:
            self._silence.cancel()
            self._silence = None

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)


class _SilenceTimer:
    """Sets `expired` and calls `wake` each time `timeout` seconds pass without `touch()`.

    `touch()` only records the time; the one underlying timer, when it fires before the
    deadline has come, moves itself to the new deadline.
    """

    def __init__(
        self, loop: asyncio.AbstractEventLoop, timeout: float, wake: Callable[[], None]
    ) -> None:
        self.expired = False
        """Whether a silence of `timeout` seconds happened since it was last cleared."""
        self._loop = loop
        self._timeout = timeout
        self._wake = wake
        self._last = loop.time()
        self._handle = loop.call_at(self._last + timeout, self._fire)

    def touch(self) -> None:
        """Something was sent: the silence starts over."""
        self._last = self._loop.time()

    def cancel(self) -> None:
        """Stop for good."""
        self._handle.cancel()

    def _fire(self) -> None:
        due = self._last + self._timeout
        now = self._loop.time()
        if now + 1e-3 < due:  # touched since it was armed: wait for the new deadline
            self._handle = self._loop.call_at(due, self._fire)
            return
        self._last = now
        self._handle = self._loop.call_at(now + self._timeout, self._fire)
        self.expired = True
        self._wake()
