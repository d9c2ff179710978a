"""`FunctionTable`: an app's listeners by `fn_index`, and the ones `gr.render` made per session.

The table *is* the list of the app's own listeners (index == `fn_index`), so the config,
the API info and `len()` only ever see those. A `gr.render` run creates listeners for one
session; they get indices after every index handed out so far and are reachable through
`table[i]` too, so the queue runs them like any other listener:

    table = [fn0, fn1]                  the app's own listeners
    session "a" renders  ->  2, 3       table[2], table[3] now resolve (for "a" only: `owner`)
    session "b" renders  ->  4          (b's ids differ from a's; the page reads them from
                                         the render_config it receives)
    session "a" re-renders -> 5, 6      2 and 3 are forgotten

Each session keeps the listeners of its latest run of each render function; the least
recently rendering sessions are dropped beyond `MAX_SESSIONS`.
"""

from __future__ import annotations

import itertools
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, SupportsIndex, overload

if TYPE_CHECKING:
    from gradio.events.block_function import BlockFunction

MAX_SESSIONS = 10_000
"""Sessions whose rendered listeners are kept at once."""


class FunctionTable(list["BlockFunction"]):
    """The listeners of an app, plus those its `gr.render` runs created for sessions."""

    def __init__(self) -> None:
        super().__init__()
        self._rendered: dict[int, tuple[str, BlockFunction]] = {}
        self._by_session: OrderedDict[str, dict[int, list[int]]] = OrderedDict()
        self._counter: itertools.count[int] | None = None
        self._lock = threading.Lock()

    @overload
    def __getitem__(self, index: SupportsIndex) -> BlockFunction: ...

    @overload
    def __getitem__(self, index: slice) -> list[BlockFunction]: ...

    def __getitem__(self, index: SupportsIndex | slice) -> BlockFunction | list[BlockFunction]:
        if isinstance(index, int) and index >= len(self) and index in self._rendered:
            return self._rendered[index][1]
        return super().__getitem__(index)

    def owner(self, fn_index: int) -> str | None:
        """The session a rendered listener belongs to (`None` for the app's own or unknown)."""
        entry = self._rendered.get(fn_index)
        return entry[0] if entry is not None else None

    def keep_rendered(self, session_hash: str, render_id: int, fns: list[BlockFunction]) -> None:
        """Make `fns` (one render run's listeners) the session's listeners for `render_id`.

        Their ids (and the chains and cancels between them) are renumbered after every id
        handed out so far; the session's listeners of the previous run are forgotten.

        Parameters:
            session_hash: whose page rendered them.
            render_id: the render function that ran.
            fns: the listeners the run created, with run-local ids.
        """
        with self._lock:
            if self._counter is None:
                self._counter = itertools.count(len(self))
            new_ids = {fn.id: next(self._counter) for fn in fns}
            for fn in fns:
                _renumber(fn, new_ids)
            renders = self._by_session.pop(session_hash, {})
            for stale in renders.pop(render_id, []):
                self._rendered.pop(stale, None)
            renders[render_id] = [fn.id for fn in fns]
            self._by_session[session_hash] = renders
            for fn in fns:
                self._rendered[fn.id] = (session_hash, fn)
            while len(self._by_session) > MAX_SESSIONS:
                _, dropped = self._by_session.popitem(last=False)
                for ids in dropped.values():
                    for fn_id in ids:
                        self._rendered.pop(fn_id, None)


def _renumber(fn: BlockFunction, new_ids: dict[int, int]) -> None:
    old = fn.id
    fn.id = new_ids[old]
    if fn.concurrency_id == str(old):
        fn.concurrency_id = str(fn.id)
    if fn.trigger_after is not None:
        fn.trigger_after = new_ids.get(fn.trigger_after, fn.trigger_after)
    fn.cancels = [new_ids.get(i, i) for i in fn.cancels]
