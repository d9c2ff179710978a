"""Running averages of how long each dependency takes.

`average_duration` in outputs averages every step (each generator yield counts), as
Gradio does; ETAs use the average duration of whole events.
"""

from __future__ import annotations


class DurationStats:
    """Per-dependency duration averages."""

    def __init__(self) -> None:
        self._steps: dict[int, tuple[int, float]] = {}
        self._events: dict[int, tuple[int, float]] = {}

    def add_step(self, fn_index: int, duration: float) -> float:
        """Record one step and return the new step average."""
        count, total = self._steps.get(fn_index, (0, 0.0))
        self._steps[fn_index] = (count + 1, total + duration)
        return (total + duration) / (count + 1)

    def add_event(self, fn_index: int, duration: float) -> None:
        """Record one finished event."""
        count, total = self._events.get(fn_index, (0, 0.0))
        self._events[fn_index] = (count + 1, total + duration)

    def event_average(self, fn_index: int) -> float | None:
        """The average event duration, or `None` before any event finished."""
        count, total = self._events.get(fn_index, (0, 0.0))
        return total / count if count else None
