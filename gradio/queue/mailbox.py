"""Where an event's messages wait until a client reads them.

A queue event's messages go to its session's mailbox (one stream per session carries all
of its events); a two-step REST event has a mailbox of its own. Messages are buffered from
the moment of the join, so a stream opened late replays them in order.

A reader takes everything buffered at once: when a busy server produced several messages
for one stream since its last write (a burst of generator steps, estimation updates), they
leave in one chunk, one socket write instead of several.
"""

from __future__ import annotations

import asyncio


class Mailbox:
    """A FIFO of framed SSE messages plus the set of events still expected to write to it."""

    def __init__(self) -> None:
        self.pending: set[str] = set()
        """Ids of events that have not sent their last message yet."""
        self._items: list[bytes] = []
        self._wakeup = asyncio.Event()

    def put(self, item: bytes) -> None:
        """Add one framed message and wake the reader."""
        self._items.append(item)
        self._wakeup.set()

    def finish(self, event_id: str) -> None:
        """Note that an event sent its last message."""
        self.pending.discard(event_id)
        self._wakeup.set()

    @property
    def drained(self) -> bool:
        """True when nothing is buffered and no event will write again."""
        return not self._items and not self.pending

    async def get(self, timeout: float) -> bytes | None:
        """Every buffered message, in order, as one chunk; `None` if none came within
        `timeout` or all events are done.
        """
        if not self._items and self.pending:
            # One timer for the whole wait (asyncio.wait_for would start a task per call).
            timer = _Timer(self._wakeup, timeout)
            try:
                while not self._items and self.pending and not timer.expired:
                    self._wakeup.clear()
                    await self._wakeup.wait()
            finally:
                timer.cancel()
        if not self._items:
            return None
        items, self._items = self._items, []
        return items[0] if len(items) == 1 else b"".join(items)


class _Timer:
    """Sets `wakeup` after `timeout` seconds and remembers that it did."""

    def __init__(self, wakeup: asyncio.Event, timeout: float) -> None:
        self.expired = False
        self._wakeup = wakeup
        self._handle = asyncio.get_running_loop().call_later(timeout, self._expire)

    def _expire(self) -> None:
        self.expired = True
        self._wakeup.set()

    def cancel(self) -> None:
        self._handle.cancel()
