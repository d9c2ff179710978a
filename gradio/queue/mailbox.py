"""Where an event's messages wait until a client reads them.

A queue event's messages go to its session's mailbox (one stream per session carries all
of its events); a two-step REST event has a mailbox of its own. Messages are buffered from
the moment of the join, so a stream opened late replays them in order.
"""

from __future__ import annotations

import asyncio
from collections import deque


class Mailbox:
    """A FIFO of framed SSE messages plus the set of events still expected to write to it."""

    def __init__(self) -> None:
        self.pending: set[str] = set()
        """Ids of events that have not sent their last message yet."""
        self._items: deque[bytes] = deque()
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
        """The next message, or `None` if none came within `timeout` or all are done."""
        while not self._items:
            if not self.pending:
                return None
            self._wakeup.clear()
            try:
                await asyncio.wait_for(self._wakeup.wait(), timeout)
            except asyncio.TimeoutError:
                return None
        return self._items.popleft()
