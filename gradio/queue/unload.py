"""`Blocks.unload` functions: run once a visitor's page has gone (its heartbeat closed).

Gradio runs them when the heartbeat stream of a session ends. They take no arguments and
their results are unused; a failing one is logged and does not stop the others.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from typing import Any

import anyio

logger = logging.getLogger("gradio.queue")

_running: set[asyncio.Task[None]] = set()
"""Unload runs in flight, kept referenced so they are not collected mid-run."""


def unload_functions(fns: Iterable[Any]) -> list[Any]:
    """The listeners registered with `Blocks.unload`, in registration order."""
    return [fn for fn in fns if fn.fn is not None and (None, "unload") in _targets(fn)]


def schedule_unload(fns: Iterable[Any], session_hash: str) -> None:
    """Start the unload functions in a task of their own.

    A task, because the caller is usually a stream's `finally` that is being cancelled:
    awaiting there would be cancelled too.
    """
    todo = unload_functions(fns)
    if not todo:
        return
    task = asyncio.get_running_loop().create_task(_run_all(todo, session_hash))
    _running.add(task)
    task.add_done_callback(_running.discard)


async def _run_all(fns: list[Any], session_hash: str) -> None:
    for fn in fns:
        try:
            if fn.is_async:
                await fn.fn()
            else:
                await anyio.to_thread.run_sync(fn.fn)
        except Exception:
            logger.exception("unload function %r failed for session %s", fn.fn, session_hash)


def _targets(fn: Any) -> list[tuple[Any, str]]:
    return [(target[0], target[1]) for target in fn.targets]
