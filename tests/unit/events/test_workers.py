"""The worker threads that run synchronous user code: results, errors, context, bounds,
abandoned calls, and threads that come and go."""

from __future__ import annotations

import asyncio
import contextvars
import threading
import time

import pytest

from gradio.events import workers
from gradio.events.workers import WorkerPool

pytestmark = pytest.mark.anyio

who: contextvars.ContextVar[str] = contextvars.ContextVar("who", default="nobody")


async def test_a_call_returns_the_functions_value_from_another_thread() -> None:
    pool = WorkerPool(4)

    name = await pool.run(lambda: threading.current_thread().name)

    assert name == "gradio-worker"
    assert await pool.run(divmod, 7, 2) == (3, 1)


async def test_an_exception_reaches_the_caller_as_raised() -> None:
    pool = WorkerPool(4)

    def fail() -> None:
        raise KeyError("missing")

    with pytest.raises(KeyError, match="missing"):
        await pool.run(fail)


async def test_stop_iteration_arrives_as_a_runtime_error() -> None:
    pool = WorkerPool(1)

    with pytest.raises(RuntimeError, match="StopIteration"):
        await pool.run(next, iter([]))


async def test_the_function_sees_the_callers_context_variables_but_cannot_change_them() -> None:
    pool = WorkerPool(2)
    who.set("event-7")

    def read_and_write() -> str:
        seen = who.get()
        who.set("changed in the thread")
        return seen

    assert await pool.run(read_and_write) == "event-7"
    assert who.get() == "event-7"


async def test_sequential_calls_reuse_one_idle_thread() -> None:
    pool = WorkerPool(8)

    for i in range(20):
        assert await pool.run(abs, -i) == i

    assert pool.threads == 1


async def test_no_more_than_max_threads_run_at_once_and_the_rest_wait_in_line() -> None:
    pool = WorkerPool(2)
    running = 0
    peak = 0
    lock = threading.Lock()

    def busy() -> None:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.03)
        with lock:
            running -= 1

    await asyncio.gather(*(pool.run(busy) for _ in range(7)))

    assert peak == 2
    assert pool.threads == 2


async def test_a_cancelled_caller_stops_waiting_and_a_call_still_in_line_never_runs() -> None:
    pool = WorkerPool(1)
    release = threading.Event()
    ran: list[str] = []

    def blocker() -> None:
        release.wait(5)
        ran.append("blocker")

    first = asyncio.ensure_future(pool.run(blocker))
    queued = asyncio.ensure_future(pool.run(ran.append, "queued"))
    await asyncio.sleep(0.02)
    first.cancel()
    queued.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first  # returns at once although the thread is still busy
    with pytest.raises(asyncio.CancelledError):
        await queued
    release.set()

    assert await pool.run(ran.append, "after") is None
    assert ran == ["blocker", "after"]


async def test_idle_threads_end_and_a_later_call_starts_a_new_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(workers, "IDLE_SECONDS", 0.05)
    pool = WorkerPool(1)
    # Saturate the single thread, so calls wait in line, then let it go idle and end.
    await asyncio.gather(*(pool.run(time.sleep, 0.01) for _ in range(4)))
    deadline = time.monotonic() + 5
    while pool.threads and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    assert pool.threads == 0

    assert await asyncio.wait_for(pool.run(abs, -3), timeout=5) == 3


def test_a_pool_needs_at_least_one_thread() -> None:
    with pytest.raises(ValueError, match="max_threads must be at least 1"):
        WorkerPool(0)
