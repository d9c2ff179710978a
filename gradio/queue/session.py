"""Per-session `gr.State` values, and when they are freed.

A session is one browser tab or one client instance, named by its `session_hash`. Each
`gr.State` component starts, in each session, from a deep copy of its default value; the
values never travel to the browser.

Values are freed:

- when the session ends (its heartbeat stream closed) and it has not come back within
  `grace` seconds (Gradio kept State for at least 65 s after the heartbeat closed);
- when a State has a `time_to_live` and its value was last set longer ago than that;
- when more than `capacity` sessions exist: the least recently used go first.

A State's `delete_callback`, if any, is called with each value that is freed.
"""

from __future__ import annotations

import copy
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger("gradio.queue")

DEFAULT_CAPACITY = 10_000
"""How many sessions keep State values before the least recently used are dropped."""

DEFAULT_GRACE = 300.0
"""Seconds a session's State outlives its heartbeat, in case the tab reconnects."""


@dataclass(kw_only=True, slots=True)
class StateSpec:
    """What the store needs to know about one State component.

    Parameters:
        default: the value each new session starts from (deep-copied).
        time_to_live: seconds a value lives after it was last set (`None`: forever).
        delete_callback: called with a value when it is freed.
    """

    default: Any
    time_to_live: float | None = None
    delete_callback: Callable[[Any], None] | None = None


@dataclass(slots=True)
class Session:
    """The State values of one session and when they were last touched."""

    values: dict[int, Any] = field(default_factory=dict)
    set_at: dict[int, float] = field(default_factory=dict)
    last_seen: float = field(default_factory=time.monotonic)
    ended_at: float | None = None


class SessionStore:
    """State values of every session.

    Parameters:
        specs: the State components of the app, by component id.
        capacity: how many sessions are kept at most.
        grace: seconds a session survives after its heartbeat closed.
    """

    def __init__(
        self,
        specs: dict[int, StateSpec],
        capacity: int = DEFAULT_CAPACITY,
        grace: float = DEFAULT_GRACE,
    ) -> None:
        self.specs = specs
        """The State components of the app, by component id."""
        self.capacity = capacity
        """How many sessions are kept at most."""
        self.grace = grace
        """Seconds a session survives after its heartbeat closed."""
        self._sessions: OrderedDict[str, Session] = OrderedDict()

    def __contains__(self, session_hash: str) -> bool:
        return session_hash in self._sessions

    def __len__(self) -> int:
        return len(self._sessions)

    def get(self, session_hash: str, component_id: int) -> Any:
        """The session's value of a State, starting from a copy of its default."""
        session = self._touch(session_hash)
        if component_id in session.values:
            spec = self.specs.get(component_id)
            age = time.monotonic() - session.set_at.get(component_id, 0.0)
            if spec is None or spec.time_to_live is None or age <= spec.time_to_live:
                return session.values[component_id]
            self._free(component_id, session.values.pop(component_id))
        spec = self.specs.get(component_id)
        value = copy.deepcopy(spec.default) if spec is not None else None
        session.values[component_id] = value
        session.set_at[component_id] = time.monotonic()
        return value

    def set(self, session_hash: str, component_id: int, value: Any) -> bool:
        """Store a new value; returns whether it differs from the previous one."""
        session = self._touch(session_hash)
        missing = object()
        previous = session.values.get(component_id, missing)
        session.values[component_id] = value
        session.set_at[component_id] = time.monotonic()
        if previous is missing:
            return True
        try:
            return bool(previous != value)
        except Exception:  # e.g. numpy arrays: comparison is ambiguous, assume a change
            return True

    def end(self, session_hash: str) -> None:
        """Note that the session's heartbeat closed; it is freed after the grace period."""
        session = self._sessions.get(session_hash)
        if session is not None:
            session.ended_at = time.monotonic()

    def resume(self, session_hash: str) -> None:
        """Note that the session is alive again (a new heartbeat or event)."""
        session = self._sessions.get(session_hash)
        if session is not None:
            session.ended_at = None

    def sweep(self, now: float | None = None) -> int:
        """Free sessions whose grace period is over; returns how many were freed."""
        now = time.monotonic() if now is None else now
        expired = [
            key
            for key, session in self._sessions.items()
            if session.ended_at is not None and now - session.ended_at > self.grace
        ]
        for key in expired:
            self.drop(key)
        return len(expired)

    def drop(self, session_hash: str) -> None:
        """Free every value of a session now."""
        session = self._sessions.pop(session_hash, None)
        if session is None:
            return
        for component_id, value in session.values.items():
            self._free(component_id, value)

    def _touch(self, session_hash: str) -> Session:
        session = self._sessions.get(session_hash)
        if session is None:
            session = self._sessions[session_hash] = Session()
            while len(self._sessions) > self.capacity:
                oldest = next(iter(self._sessions))
                self.drop(oldest)
        else:
            self._sessions.move_to_end(session_hash)
        session.last_seen = time.monotonic()
        session.ended_at = None
        return session

    def _free(self, component_id: int, value: Any) -> None:
        spec = self.specs.get(component_id)
        if spec is None or spec.delete_callback is None:
            return
        try:
            spec.delete_callback(value)
        except Exception:
            logger.exception("delete_callback of State %s failed", component_id)
