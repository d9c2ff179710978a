"""`gr.Progress(track_tqdm=True)`: report the `tqdm` loops a user function runs.

The first time a function asks for tracking, `tqdm`'s `__init__`, `update` and `close`
are wrapped (once per process) to also report to the progress tracker of the event
running in the current context. Outside such an event the wrappers only pay a context
variable lookup. `tqdm` samples its own updates (every 0.1 s), and the queue samples
progress messages again, so a tight loop does not flood the stream.
"""

from __future__ import annotations

import threading
from contextvars import ContextVar
from typing import Any

tracking: ContextVar[Any] = ContextVar("tracking", default=None)
"""The `gr.Progress` of the running event when it asked for `track_tqdm`."""

_patched = False
_lock = threading.Lock()


def enable() -> bool:
    """Wrap `tqdm` if it is installed and not wrapped yet; returns whether it is wrapped."""
    global _patched
    with _lock:
        if _patched:
            return True
        try:
            from tqdm import std
        except ImportError:
            return False
        _wrap(std.tqdm)
        _patched = True
        return True


def _wrap(cls: Any) -> None:
    original_init = cls.__init__
    original_update = cls.update
    original_close = cls.close

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        _report(self)

    def update(self: Any, n: float | None = 1) -> Any:
        result = original_update(self, n)
        _report(self)
        return result

    def close(self: Any) -> Any:
        result = original_close(self)
        progress = tracking.get()
        if progress is not None and progress.levels:
            progress.close()
        return result

    cls.__init__ = __init__
    cls.update = update
    cls.close = close


def _report(bar: Any) -> None:
    progress = tracking.get()
    if progress is None or getattr(bar, "disable", False):
        return
    total = getattr(bar, "total", None)
    progress(
        (int(getattr(bar, "n", 0)), int(total) if total is not None else None),
        desc=getattr(bar, "desc", None) or None,
        unit=getattr(bar, "unit", "steps") or "steps",
    )
