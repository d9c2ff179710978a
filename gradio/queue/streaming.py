"""Streaming inputs: one event fed chunk after chunk (webcam frames, microphone audio).

    join (first chunk) ──▶ run ──▶ process_streaming ──▶ wait for a chunk ──▶ run ──▶ ...
                                                          │ P/stream/E       (latest wins)
                                                          └ P/stream/E/close, time_limit,
                                                            silence ──▶ process_completed

A `.stream()` listener (`connection: "stream"`) gets an inbox with its event. The event
holds its concurrency slot from the first run to the end. Chunks posted while the function
runs replace each other: the next run takes the latest one, as in Gradio, so a slow
function skips frames instead of falling behind. The event ends, repeating its last values
as `process_completed`, once `time_limit` seconds have passed since it started, when it is
closed, or when no chunk came for `(time_limit or 30) - first run` seconds.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any

from gradio.events.run import RunContext, Step, run_event

IDLE_TIMEOUT = 30.0
"""Seconds a stream without `time_limit` waits for its next chunk before it ends."""


@dataclasses.dataclass(slots=True)
class Chunk:
    """One posted chunk: the input values and the page's event data."""

    data: list[Any]
    event_data: Any = None


class ChunkInbox:
    """The latest chunk posted to one streaming event, and whether it was closed."""

    def __init__(self) -> None:
        self.closed = False
        """Set by `P/stream/{event_id}/close` (or when the event ends)."""
        self.time_limit: float | None = None
        """The `time_limit` sent with each `process_streaming`: the listener's limit
        minus the first run's duration (Gradio's number), `None` without a limit."""
        self._latest: Chunk | None = None
        self._waiter: asyncio.Future[None] | None = None

    def post(self, chunk: Chunk) -> None:
        """Keep `chunk` as the next input (replacing one not yet taken)."""
        self._latest = chunk
        self._wake()

    def close(self) -> None:
        """End the stream after the current run."""
        self.closed = True
        self._wake()

    def take(self) -> Chunk | None:
        """The chunk posted since the last take, if any."""
        chunk, self._latest = self._latest, None
        return chunk

    async def wait(self, timeout: float) -> Chunk | None:
        """The next chunk; `None` when closed or after `timeout` seconds without one."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(0.0, timeout)
        while self._latest is None and not self.closed:
            left = deadline - loop.time()
            if left <= 0:
                return None
            self._waiter = loop.create_future()
            try:
                await asyncio.wait_for(self._waiter, left)
            except asyncio.TimeoutError:
                return None
            finally:
                self._waiter = None
        return None if self.closed else self.take()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)


async def stream_steps(
    fn: Any, first: Chunk, inbox: ChunkInbox, ctx: RunContext
) -> AsyncIterator[Step]:
    """The results of a streaming event: one non-final `Step` per chunk run, then a final
    one repeating the last values (or the run that crossed `time_limit`, made final).

    Parameters:
        fn: the `BlockFunction` (its `connection` is `"stream"`).
        first: the chunk of the join (a chunk posted before the start replaces it).
        inbox: where later chunks arrive.
        ctx: the run context of the join.
    """
    loop = asyncio.get_running_loop()
    started = loop.time()
    runner = _Runner(fn)
    try:
        step = await runner.step(inbox.take() or first, ctx)
        first_run = step.duration
        if fn.time_limit:
            inbox.time_limit = fn.time_limit - first_run
        while True:
            if inbox.closed or (fn.time_limit and loop.time() - started >= fn.time_limit):
                break
            yield dataclasses.replace(step, final=False)
            chunk = await inbox.wait((fn.time_limit or IDLE_TIMEOUT) - first_run)
            if chunk is None:
                break
            step = await runner.step(chunk, ctx)
        yield Step(step.data, final=True, duration=step.duration)
    finally:
        inbox.close()
        await runner.close()


class _Runner:
    """Runs the function on one chunk; a generator keeps its iterator across chunks."""

    def __init__(self, fn: Any) -> None:
        self.fn = fn
        self.iterator: AsyncGenerator[Step, None] | None = None

    async def step(self, chunk: Chunk, ctx: RunContext) -> Step:
        ctx = dataclasses.replace(ctx, event_data=chunk.event_data)
        if not self.fn.is_generator:
            steps = run_event(self.fn, chunk.data, ctx)
            try:
                return await anext(steps)
            finally:
                await steps.aclose()
        if self.iterator is not None:
            step = await anext(self.iterator)
            if not step.final:  # each chunk advances the generator by one `yield`
                return step
            await self.close()
        # Not started yet, or exhausted: (re)start it on this chunk.
        self.iterator = run_event(self.fn, chunk.data, ctx)
        return await anext(self.iterator)

    async def close(self) -> None:
        iterator, self.iterator = self.iterator, None
        if iterator is not None:
            await iterator.aclose()
