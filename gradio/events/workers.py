"""Worker threads for synchronous user code.

Every call runs in a copy of the caller's context variables (so `gr.Progress` and
`gr.Info` find the event's reporter), on at most `max_threads` threads. Threads are
started when no idle one is left and end after `IDLE_SECONDS` without work; they are
daemon threads, so a user function that never returns does not hold up the process's
exit.

Waiting for a call is one bare future on the event loop. This is on the path of every
synchronous event and every step of a synchronous generator, and it replaces
`anyio.to_thread`, which cost a cancel scope and a limiter checkpoint per call and 1.3 MB
of modules loaded by the first event.

A call whose caller is cancelled is abandoned: a thread cannot be interrupted, so one
already running finishes and its result is dropped; one still waiting never runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import threading
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

IDLE_SECONDS = 10.0
"""How long a worker thread waits for work before it ends."""

_Job = tuple[
    asyncio.AbstractEventLoop,
    "asyncio.Future[Any]",
    contextvars.Context,
    Callable[..., Any],
    tuple[Any, ...],
]


class WorkerPool:
    """Runs synchronous functions in worker threads, at most `max_threads` at once.

    Parameters:
        max_threads: how many functions may run at the same time; more calls wait in line.
    """

    def __init__(self, max_threads: int) -> None:
        if max_threads < 1:
            raise ValueError(f"max_threads must be at least 1, got {max_threads}")
        self.max_threads = max_threads
        """How many functions may run at the same time."""
        self._jobs: deque[_Job] = deque()
        self._changed = threading.Condition()
        self._threads = 0
        # Threads looking for work (waiting, or about to). A call that finds more of them
        # than calls in line wakes one instead of starting a thread. A thread counts
        # itself before it hands back a result, so the caller's next call finds it.
        self._idle = 0

    @property
    def threads(self) -> int:
        """How many worker threads exist now."""
        return self._threads

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Call `fn(*args)` in a worker thread and return (or raise) what it does."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        job = (loop, future, contextvars.copy_context(), fn, args)
        start = False
        with self._changed:
            self._jobs.append(job)
            if self._idle >= len(self._jobs):
                self._changed.notify()
            elif self._threads < self.max_threads:
                self._threads += 1
                self._idle += 1
                start = True
        if start:
            threading.Thread(target=self._work, name="gradio-worker", daemon=True).start()
        return await future

    def _work(self) -> None:
        while True:
            with self._changed:
                while not self._jobs:
                    if not self._changed.wait(IDLE_SECONDS) and not self._jobs:
                        self._idle -= 1
                        self._threads -= 1
                        return
                job = self._jobs.popleft()
                self._idle -= 1
            outcome = _run_job(*job)
            del job  # a failed call's traceback must not keep it (and its future) alive
            with self._changed:
                self._idle += 1
            if outcome is not None:
                _deliver(*outcome)
                del outcome


_Outcome = tuple[
    asyncio.AbstractEventLoop,
    Callable[["asyncio.Future[Any]", Any], None],
    "asyncio.Future[Any]",
    Any,
]


def _run_job(
    loop: asyncio.AbstractEventLoop,
    future: asyncio.Future[Any],
    context: contextvars.Context,
    fn: Callable[..., Any],
    args: tuple[Any, ...],
) -> _Outcome | None:
    if future.cancelled():  # abandoned while it waited in line
        return None
    try:
        result = context.run(fn, *args)
    except BaseException as exc:  # handed to the caller, who re-raises it
        return loop, _set_exception, future, exc
    return loop, _set_result, future, result


def _deliver(
    loop: asyncio.AbstractEventLoop,
    setter: Callable[[asyncio.Future[Any], Any], None],
    future: asyncio.Future[Any],
    value: Any,
) -> None:
    with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits any more
        loop.call_soon_threadsafe(setter, future, value)


def _set_result(future: asyncio.Future[Any], value: Any) -> None:
    if not future.done():
        future.set_result(value)


def _set_exception(future: asyncio.Future[Any], exc: BaseException) -> None:
    if isinstance(exc, StopIteration):  # a future refuses it (it would end a generator)
        exc = RuntimeError(f"the function raised StopIteration: {exc}")
    if not future.done():
        future.set_exception(exc)
