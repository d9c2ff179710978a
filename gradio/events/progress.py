"""`gr.Progress`: report how far a running event has got.

A user function declares `progress=gr.Progress()` as a parameter default. The run layer
injects a fresh tracker, and each call or `tqdm()` step sends a `progress` message
(protocol §6.3) through the reporter in `event_context`. Levels nest: a `tqdm()` loop
inside another adds a second entry to `progress_data`.

Example: `for x in progress.tqdm(range(3), desc="stepping")` reports
`index` 0, 1 and 2 of `length` 3 as each item starts, and drops the level when the
loop ends.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

from gradio.events.event_context import current_reporter

T = TypeVar("T")

_event_levels: ContextVar[tuple[object, list[ProgressUnit]] | None] = ContextVar(
    "radiogram_progress", default=None
)
"""The reporter of the event running in this context and its progress levels."""

_levels_by_event: weakref.WeakKeyDictionary[object, list[ProgressUnit]] = (
    weakref.WeakKeyDictionary()
)
"""Progress levels of each running event, keyed by its reporter (freed with it)."""


@dataclass(slots=True)
class ProgressUnit:
    """One level of progress, as sent in `progress_data`."""

    index: int | None
    """Items done so far (iteration style), else `None`."""
    length: int | None
    """Total items (iteration style), else `None`."""
    unit: str
    """What is counted (`"steps"` by default)."""
    progress: float | None
    """A fraction 0-1 (fraction style), else `None`."""
    desc: str | None
    """A description shown next to the bar."""

    def to_json(self) -> dict[str, Any]:
        """The wire form of this level."""
        return {
            "index": self.index,
            "length": self.length,
            "unit": self.unit,
            "progress": self.progress,
            "desc": self.desc,
        }


class Progress:
    """A progress tracker injected into event functions.

    Parameters:
        track_tqdm: also report progress of `tqdm` loops inside the function.
    """

    def __init__(self, track_tqdm: bool = False) -> None:
        self.track_tqdm = track_tqdm
        """Whether `tqdm` loops in the function are reported too."""
        if track_tqdm:
            patch_tqdm()

    @property
    def levels(self) -> list[ProgressUnit]:
        """The active levels of the current event, outermost first.

        One `gr.Progress()` default object serves every call of its function, possibly at
        the same time in several threads; the levels live in the event's context instead.
        """
        reporter = current_reporter.get()
        if reporter is not None:
            # A sync generator steps in a fresh copy of the event's context each time, so a
            # context variable set during one step is gone at the next: key by the event.
            levels = _levels_by_event.get(reporter)
            if levels is None:
                levels = _levels_by_event[reporter] = []
            return levels
        current = _event_levels.get()
        if current is None or current[0] is not reporter:
            current = (reporter, [])
            _event_levels.set(current)
        return current[1]

    def __call__(
        self,
        progress: float | tuple[int, int | None] | None,
        desc: str | None = None,
        total: int | None = None,
        unit: str = "steps",
        _tqdm: Any = None,
    ) -> float | tuple[int, int | None] | None:
        """Report a fraction (`0.25`) or a `(done, total)` pair at the outermost level.

        Parameters:
            progress: a fraction 0-1, a `(index, length)` pair, or `None` (indeterminate).
            desc: a description shown next to the bar.
            total: with an integer `progress`, the total count.
            unit: what is counted.
            _tqdm: internal.
        """
        if isinstance(progress, tuple):
            level = ProgressUnit(progress[0], progress[1], unit, None, desc)
        elif isinstance(progress, int) and total is not None:
            level = ProgressUnit(progress, total, unit, None, desc)
        else:
            level = ProgressUnit(None, None, unit, progress, desc)
        if self.levels:
            self.levels[0] = level
        else:
            self.levels.append(level)
        self._report()
        return progress

    def tqdm(
        self,
        iterable: Iterable[T] | None,
        desc: str | None = None,
        total: int | None = None,
        unit: str = "steps",
        _tqdm: Any = None,
    ) -> Iterable[T]:
        """Iterate `iterable`, reporting each step as a nested level.

        Parameters:
            iterable: what to iterate; `None` for a manual counter (`total` required).
            desc: a description shown next to the bar.
            total: the number of items when `len(iterable)` is unknown.
            unit: what is counted.
            _tqdm: internal.
        """
        if total is None and iterable is not None:
            total = _length(iterable)
        level = ProgressUnit(0, total, unit, None, desc)
        return _Tracked(self, level, iterable)

    def update(self, n: int = 1) -> None:
        """Advance the innermost iteration level by `n` (manual counting)."""
        if self.levels and self.levels[-1].index is not None:
            self.levels[-1].index += n
            self._report()

    def close(self, _tqdm: Any = None) -> None:
        """Drop the innermost level."""
        if self.levels:
            self.levels.pop()

    def _report(self) -> None:
        _report(self.levels)


def _report(levels: list[ProgressUnit]) -> None:
    reporter = current_reporter.get()
    if reporter is not None:
        reporter.progress([level.to_json() for level in levels])


class _Tracked(Iterable[T]):
    """An iterable that reports a progress level while it is consumed."""

    def __init__(self, owner: Progress, level: ProgressUnit, iterable: Iterable[T] | None):
        self.owner = owner
        self.level = level
        self.iterable = iterable

    def __iter__(self) -> Iterator[T]:
        self.owner.levels.append(self.level)
        try:
            for item in self.iterable or ():
                self.owner._report()
                yield item
                assert self.level.index is not None
                self.level.index += 1
        finally:
            if self.level in self.owner.levels:
                self.owner.levels.remove(self.level)

    def __len__(self) -> int:
        return self.level.length or 0


def _length(iterable: Iterable[Any]) -> int | None:
    try:
        return len(iterable)  # type: ignore[arg-type]
    except TypeError:
        return None


_patched = False


def patch_tqdm() -> None:
    """Make `tqdm` bars inside events report as progress levels (`track_tqdm=True`).

    Installed once, when a `gr.Progress(track_tqdm=True)` is created; a bar reports only
    while an event is running (there is a reporter), and only to that event.
    """
    global _patched
    if _patched:
        return
    try:
        import tqdm
    except ImportError:
        return
    _patched = True
    cls = tqdm.tqdm
    original_init, original_update, original_close = cls.__init__, cls.update, cls.close
    original_iter = cls.__iter__

    def init(bar: Any, *args: Any, **kwargs: Any) -> None:
        original_init(bar, *args, **kwargs)
        if current_reporter.get() is not None:
            level = ProgressUnit(0, bar.total, bar.unit or "steps", None, bar.desc or None)
            bar._radiogram_level = level
            levels = Progress().levels
            levels.append(level)
            _report(levels)

    def update(bar: Any, n: float | None = 1) -> Any:
        result = original_update(bar, n)
        level = getattr(bar, "_radiogram_level", None)
        if level is not None:
            level.index = int(bar.n)
            _report(Progress().levels)
        return result

    def close(bar: Any) -> Any:
        level = getattr(bar, "_radiogram_level", None)
        levels = Progress().levels
        if level is not None and level in levels:
            levels.remove(level)
        return original_close(bar)

    def iterate(bar: Any) -> Iterator[Any]:
        level = getattr(bar, "_radiogram_level", None)
        for item in original_iter(bar):
            if level is not None:
                _report(Progress().levels)
            yield item
            if level is not None and level.index is not None:
                level.index += 1

    cls.__init__, cls.update, cls.close, cls.__iter__ = init, update, close, iterate
