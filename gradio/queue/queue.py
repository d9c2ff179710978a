"""The queue: every event waits here for a worker, in join order, within its limits.

    join ──▶ waiting (FIFO) ──dispatch──▶ running task ──▶ messages ──▶ mailbox ──▶ stream
              │  rank updates                │ run_event: preprocess → fn → postprocess
              └─ cancel                      └─ cancel (task.cancel)

Each dependency belongs to a concurrency group (`concurrency_id`, by default its own id)
whose limit is its `concurrency_limit` (`"default"` → `Blocks.default_concurrency_limit`,
1 unless `.queue()` says otherwise; `None` → unlimited). Dispatching walks the waiting
events in order and starts each one whose group has room, so a busy group never holds up
another. `max_size` counts waiting events only.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from gradio.events.event_context import current_reporter
from gradio.events.run import RunContext, Step, run_batch, run_event
from gradio.events.workers import WorkerPool
from gradio.queue import messages
from gradio.queue.diff import diff
from gradio.queue.errors import failure_message
from gradio.queue.event import Event, EventKind
from gradio.queue.mailbox import Mailbox
from gradio.queue.reporter import QueueReporter
from gradio.queue.session import SessionStore, StateSpec
from gradio.queue.stats import DurationStats
from gradio.queue.streaming import Chunk, ChunkInbox, stream_steps
from gradio.queue.wire import QueueWire, RestWire, Wire
from gradio.server.sse import LastChunk

logger = logging.getLogger("gradio.queue")

HEARTBEAT_INTERVAL = 15.0
"""Seconds of silence after which a stream gets a heartbeat."""

HOUSEKEEPING_INTERVAL = 30.0
"""Seconds between sweeps of ended sessions' State values."""

REST_RESULT_TTL = 600.0
"""Seconds a finished two-step REST result waits to be read before it is dropped."""

RANK_UPDATE_INTERVAL = 0.1
"""Least seconds between two broadcasts of new ranks to the waiting events.

Every start moves the whole line, and telling each waiting event its new rank is one
message per waiting event, each a write on its own stream: with 50 events waiting on a
fast function that is most of the server's work. Broadcasts are therefore coalesced:
the first change goes out at once, later ones at most every `RANK_UPDATE_INTERVAL`
(`Blocks.queue(status_update_rate=seconds)` sets another interval), each carrying the
ranks of that moment. A line that moves slower than this sees every rank, as in Gradio;
a faster one skips ranks that were over before anyone could read them.
"""


class QueueFullError(Exception):
    """The queue already holds `max_size` waiting events."""

    def __init__(self, max_size: int, size: int) -> None:
        super().__init__(f"Queue is full. Max size is {max_size} and size is {size}.")


class Queue:
    """Runs the events of one app.

    Parameters:
        blocks: the app.
        max_threads: how many synchronous user functions may run at once.
        show_error: whether unexpected exceptions' messages reach clients.
        app_state: the Starlette app state (for the file hooks), if served.
    """

    def __init__(
        self,
        blocks: Any,
        max_threads: int = 40,
        show_error: bool = False,
        app_state: Any = None,
    ) -> None:
        self.blocks = blocks
        """The app."""
        self.show_error = show_error or bool(getattr(blocks, "show_error", False))
        """Whether unexpected exceptions' messages reach clients."""
        self.app_state = app_state
        """The Starlette app state handed to the file hooks."""
        self.states = SessionStore(_state_specs(blocks))
        """Per-session State values."""
        self.stats = DurationStats()
        """Run durations per dependency (for `average_duration` and ETAs)."""
        self.waiting: list[Event] = []
        """Events not started yet, in join order."""
        self.events: dict[str, Event] = {}
        """Every event not finished yet, by id."""
        self.mailboxes: dict[str, Mailbox] = {}
        """Session mailboxes of queue events, by session hash."""
        self.rest_mailboxes: dict[str, Mailbox] = {}
        """Mailboxes of two-step REST events, by event id."""
        self._active: dict[str, int] = {}
        self.workers = WorkerPool(max_threads)
        """The threads running synchronous user functions."""
        self._listened_states = _listened_states(blocks)
        self._housekeeping: asyncio.Task[None] | None = None
        self._last_rank_broadcast = float("-inf")
        self._rank_timer: asyncio.TimerHandle | None = None

    @property
    def max_size(self) -> int | None:
        """How many events may wait at once (`Blocks.queue(max_size=...)`)."""
        size = getattr(self.blocks, "max_size", None)
        return size if isinstance(size, int) else None

    def context(
        self,
        session_hash: str,
        request: Any = None,
        event_data: Any = None,
        trigger_id: int | None = None,
        root_url: str = "",
    ) -> RunContext:
        """What `run_event` needs to run one event of this app."""
        return RunContext(
            blocks=self.blocks,
            session_hash=session_hash,
            states=self.states,
            workers=self.workers,
            request=request,
            event_data=event_data,
            app_state=self.app_state,
            root_url=root_url,
            listened_states=self._listened_states,
            trigger_id=trigger_id,
        )

    def join(
        self,
        fn_index: int,
        data: list[Any],
        session_hash: str,
        *,
        kind: EventKind = "queue",
        event_data: Any = None,
        trigger_id: int | None = None,
        request: Any = None,
        root_url: str = "",
    ) -> str:
        """Accept one event and return its id. Raises `QueueFullError` when full.

        Parameters:
            fn_index: the dependency (already checked to exist).
            data: the wire input values.
            session_hash: the session (State, stream).
            kind: `queue` (session stream) or `rest` (two-step REST API).
            event_data: the page's event payload.
            trigger_id: the id of the block whose event fired.
            request: the `gr.Request` for functions that ask for one.
            root_url: the public root URL of the request.
        """
        self._start_housekeeping()
        max_size = self.max_size
        if max_size is not None and len(self.waiting) >= max_size:
            raise QueueFullError(max_size, len(self.waiting))
        fn = self.blocks.fns[fn_index]
        if fn.cancels:
            self.cancel_for_session(session_hash, fn.cancels)
        if kind == "queue":
            mailbox = self.mailboxes.setdefault(session_hash, Mailbox())
        else:
            mailbox = Mailbox()
        event = Event(
            fn_index=fn_index,
            data=data,
            session_hash=session_hash,
            mailbox=mailbox,
            kind=kind,
            event_data=event_data,
            trigger_id=trigger_id,
            request=request,
            root_url=root_url,
        )
        if kind == "rest":
            self.rest_mailboxes[event.event_id] = mailbox
        elif fn.connection == "stream":  # the REST API runs it once, on its one chunk
            event.inbox = ChunkInbox()
        mailbox.pending.add(event.event_id)
        self.events[event.event_id] = event
        self.waiting.append(event)
        event.rank = len(self.waiting) - 1
        self._send(event, self._estimation(event))
        self._dispatch()
        return event.event_id

    def cancel_for_session(self, session_hash: str, fn_indices: list[int]) -> None:
        """Cancel the session's waiting and running events of the given dependencies."""
        for event in list(self.events.values()):
            if event.session_hash == session_hash and event.fn_index in fn_indices:
                self._cancel(event)

    async def cancel(self, event_id: str) -> None:
        """Cancel an event (waiting or running) and wait until it is over."""
        event = self.events.get(event_id)
        if event is None:
            return
        self._cancel(event)
        if event.task is not None:
            with contextlib.suppress(BaseException):
                await asyncio.shield(event.task)

    def _cancel(self, event: Event) -> None:
        if event in self.waiting:
            self.waiting.remove(event)
            self._send(event, messages.process_cancelled(event.event_id))
            self._forget(event)
            self._dispatch()
        elif event.task is not None:
            event.task.cancel()

    def _dispatch(self) -> None:
        started: set[str] = set()
        loop = asyncio.get_running_loop()
        for event in self.waiting:
            if event.event_id in started:
                continue
            fn = self.blocks.fns[event.fn_index]
            limit = self._limit_of(fn)
            if limit is not None and self._active.get(fn.concurrency_id, 0) >= limit:
                continue
            self._active[fn.concurrency_id] = self._active.get(fn.concurrency_id, 0) + 1
            if fn.batch:
                batch = self._gather_batch(event, fn.max_batch_size, started)
                task = loop.create_task(self._execute_batch(batch))
                for member in batch:
                    member.task = task
                    started.add(member.event_id)
            else:
                event.task = loop.create_task(self._execute(event))
                started.add(event.event_id)
        if started:
            self.waiting = [event for event in self.waiting if event.event_id not in started]
        self._ranks_changed()

    def _ranks_changed(self) -> None:
        """Broadcast new ranks now, or once the current interval is over."""
        if self._rank_timer is not None:
            return
        loop = asyncio.get_running_loop()
        due = self._last_rank_broadcast + self._rank_interval()
        if loop.time() >= due:
            self._broadcast_ranks()
        else:
            self._rank_timer = loop.call_at(due, self._broadcast_ranks)

    def _broadcast_ranks(self) -> None:
        self._rank_timer = None
        sent = False
        for rank, event in enumerate(self.waiting):
            if event.rank != rank:
                event.rank = rank
                self._send(event, self._estimation(event))
                sent = True
        if sent:
            self._last_rank_broadcast = asyncio.get_running_loop().time()

    def _rank_interval(self) -> float:
        rate = getattr(self.blocks, "status_update_rate", "auto")
        return float(rate) if isinstance(rate, (int, float)) else RANK_UPDATE_INTERVAL

    def _gather_batch(self, first: Event, size: int, started: set[str]) -> list[Event]:
        same = [
            e
            for e in self.waiting
            if e.fn_index == first.fn_index and e is not first and e.event_id not in started
        ]
        return [first, *same[: max(0, size - 1)]]

    def _limit_of(self, fn: Any) -> int | None:
        limit = fn.concurrency_limit
        if limit == "default":
            limit = getattr(self.blocks, "default_concurrency_limit", 1)
        return limit if isinstance(limit, int) else None

    def _estimation(self, event: Event) -> messages.Message:
        rank = event.rank or 0
        average = self.stats.event_average(event.fn_index)
        eta = None if average is None else average * (rank + 1)
        return messages.estimation(event.event_id, rank, len(self.waiting), eta)

    async def _execute(self, event: Event) -> None:
        fn = self.blocks.fns[event.fn_index]
        eta = self.stats.event_average(event.fn_index)
        self._send(event, messages.process_starts(event.event_id, eta))
        reporter = QueueReporter(
            asyncio.get_running_loop(), event.event_id, lambda m: self._send(event, m)
        )
        # Reset in `finally`: the task's context holds the reporter, whose `send` holds the
        # event, which holds the task; left set, every finished event is a reference cycle
        # that only the cyclic collector frees, and a burst leaves RSS at its high-water mark.
        reporter_token = current_reporter.set(reporter)
        ctx = self.context(
            event.session_hash, event.request, event.event_data, event.trigger_id, event.root_url
        )
        started = asyncio.get_running_loop().time()
        yielded = False
        try:
            steps: AsyncIterator[Step]
            if event.inbox is not None:
                steps = stream_steps(fn, Chunk(event.data, event.event_data), event.inbox, ctx)
            else:
                steps = run_event(fn, event.data, ctx)
                if fn.time_limit:  # a pass-through layer costs every step of every stream
                    steps = _limited(steps, fn.time_limit)
            async for step in steps:
                if step.final:
                    reporter.close()
                else:
                    reporter.flush()
                    yielded = True
                self._send_step(event, fn, step)
            self.stats.add_event(event.fn_index, asyncio.get_running_loop().time() - started)
        except asyncio.CancelledError:
            reporter.close()
            self._send(event, messages.process_cancelled(event.event_id))
        except Exception as exc:
            reporter.close()
            _log_failure(fn, exc)
            self._send(event, failure_message(event.event_id, exc, self.show_error, yielded))
            _drop_tracebacks(exc)
        finally:
            current_reporter.reset(reporter_token)
            self._active[fn.concurrency_id] -= 1
            self._forget(event)
            self._dispatch()

    async def _execute_batch(self, events: list[Event]) -> None:
        fn = self.blocks.fns[events[0].fn_index]
        for event in events:
            self._send(event, messages.process_starts(event.event_id, None))
        ctxs = [
            self.context(e.session_hash, e.request, e.event_data, e.trigger_id, e.root_url)
            for e in events
        ]
        try:
            steps = await run_batch(fn, [e.data for e in events], ctxs)
            for event, step in zip(events, steps, strict=True):
                self._send_step(event, fn, step)
        except asyncio.CancelledError:
            for event in events:
                self._send(event, messages.process_cancelled(event.event_id))
        except Exception as exc:
            _log_failure(fn, exc)
            for event in events:
                self._send(event, failure_message(event.event_id, exc, self.show_error, False))
            _drop_tracebacks(exc)
        finally:
            self._active[fn.concurrency_id] -= 1
            for event in events:
                self._forget(event)
            self._dispatch()

    def _send_step(self, event: Event, fn: Any, step: Step) -> None:
        average = self.stats.add_step(event.fn_index, step.duration)
        data = step.data
        streaming = event.inbox is not None  # streamed inputs get full values, never diffs
        if not step.final and not streaming:
            if event.sent_generating and event.kind == "queue":
                data = [
                    diff(old, new, granular=component.get_block_name() != "json")
                    for old, new, component in zip(
                        event.last_values, step.data, fn.outputs, strict=True
                    )
                ]
            event.last_values = step.data
            event.sent_generating = True
        out = messages.output(
            data,
            is_generating=not step.final if not fn.batch else None,
            duration=step.duration,
            average_duration=average,
            changed_state_ids=step.changed_state_ids,
            render_config=step.render_config,
        )
        if step.final:
            self._send(event, messages.process_completed(event.event_id, out))
        elif streaming:
            time_limit = event.inbox.time_limit if event.inbox is not None else None
            self._send(event, messages.process_streaming(event.event_id, out, time_limit))
        else:
            self._send(event, messages.process_generating(event.event_id, out, fn.time_limit))

    def _send(self, event: Event, message: messages.Message) -> None:
        wire: Wire = QUEUE_WIRE if event.kind == "queue" else REST_WIRE
        framed = wire.frame(message)
        if framed is not None:
            event.mailbox.put(framed)

    def _forget(self, event: Event) -> None:
        self.events.pop(event.event_id, None)
        event.mailbox.finish(event.event_id)
        if event.kind == "rest":
            loop = asyncio.get_running_loop()
            loop.call_later(REST_RESULT_TTL, self.rest_mailboxes.pop, event.event_id, None)

    def _start_housekeeping(self) -> None:
        if self._housekeeping is None or self._housekeeping.done():
            self._housekeeping = asyncio.get_running_loop().create_task(self._sweep_forever())

    async def _sweep_forever(self) -> None:
        """Free ended sessions' State, and old cached files with `delete_cache`."""
        delete_cache = getattr(self.blocks, "delete_cache", None)
        cache = getattr(self.app_state, "cache", None)
        last_eviction = asyncio.get_running_loop().time()
        while True:
            await asyncio.sleep(HOUSEKEEPING_INTERVAL)
            self.states.sweep()
            if delete_cache and cache is not None:
                frequency, age = delete_cache
                now = asyncio.get_running_loop().time()
                if now - last_eviction >= frequency:
                    last_eviction = now
                    await self.workers.run(cache.delete_created, age)

    async def session_stream(self, session_hash: str) -> AsyncIterator[bytes]:
        """The framed messages of a session's stream (`GET P/queue/data`).

        Ends after `close_stream` once the session has no pending events. When the
        client leaves early, the session's remaining events are cancelled.
        """
        mailbox = self.mailboxes.get(session_hash)
        if mailbox is None:
            yield QUEUE_WIRE.frame(messages.unexpected_error()) or b""
            return
        finished = False
        try:
            # `_drain` inlined: this loop runs once per streamed chunk of every session.
            while True:
                item = await mailbox.get(HEARTBEAT_INTERVAL)
                if mailbox.drained:
                    break
                yield item if item is not None else QUEUE_WIRE.heartbeat()
            if self.mailboxes.get(session_hash) is mailbox:
                del self.mailboxes[session_hash]
            finished = True
            # The last messages, `close_stream` and the end of the body leave in one write.
            yield LastChunk((item or b"") + CLOSE_STREAM)
        finally:
            mailbox.close()
            if not finished:
                self._abandon(session_hash, mailbox)

    def _abandon(self, session_hash: str, mailbox: Mailbox) -> None:
        mailbox.close()
        if self.mailboxes.get(session_hash) is mailbox:
            del self.mailboxes[session_hash]
        for event_id in list(mailbox.pending):
            event = self.events.get(event_id)
            if event is not None:
                self._cancel(event)

    async def rest_stream(self, event_id: str) -> AsyncIterator[bytes]:
        """The framed `event:` messages of a two-step REST event (read once)."""
        mailbox = self.rest_mailboxes.pop(event_id, None)
        if mailbox is None:
            yield REST_WIRE.unknown_event()
            return
        async for item in _drain(mailbox, REST_WIRE):
            yield item

    async def wait_result(self, event_id: str) -> list[bytes]:
        """Every framed message of a REST event, once it is over (for `/run`)."""
        return [item async for item in self.rest_stream(event_id)]


QUEUE_WIRE = QueueWire()
REST_WIRE = RestWire()
CLOSE_STREAM = QUEUE_WIRE.frame(messages.close_stream()) or b""


async def _drain(mailbox: Mailbox, wire: Wire) -> AsyncIterator[bytes]:
    try:
        while True:
            item = await mailbox.get(HEARTBEAT_INTERVAL)
            if mailbox.drained:
                if item is not None:
                    yield LastChunk(item)
                return
            yield item if item is not None else wire.heartbeat()
    finally:
        mailbox.close()


async def _limited(steps: AsyncIterator[Step], time_limit: float) -> AsyncIterator[Step]:
    """Stop a run after `time_limit` seconds, ending it with its last values."""
    last: Step | None = None
    loop = asyncio.get_running_loop()
    deadline = loop.time() + time_limit
    iterator = aiter(steps)
    while True:
        try:
            step = await asyncio.wait_for(anext(iterator), max(0.0, deadline - loop.time()))
        except StopAsyncIteration:
            return
        except asyncio.TimeoutError:
            if last is not None:
                yield Step(last.data, final=True, duration=0.0)
            return
        last = step
        yield step


def _state_specs(blocks: Any) -> dict[int, StateSpec]:
    specs: dict[int, StateSpec] = {}
    for block_id, block in getattr(blocks, "blocks", {}).items():
        if getattr(block, "stateful", False):
            specs[block_id] = StateSpec(
                default=getattr(block, "value", None),
                time_to_live=getattr(block, "time_to_live", None),
                delete_callback=getattr(block, "delete_callback", None),
            )
    return specs


def _listened_states(blocks: Any) -> frozenset[int]:
    ids = {
        target_id
        for fn in getattr(blocks, "fns", [])
        for target_id, event_name in fn.targets
        if event_name == "change" and target_id is not None
    }
    return frozenset(i for i in ids if getattr(blocks.blocks.get(i), "stateful", False))


def _log_failure(fn: Any, exc: Exception) -> None:
    from gradio.exceptions import Error

    if isinstance(exc, Error) and not exc.print_exception:
        return
    logger.error("Error in event %s (%s)", fn.id, fn.api_name, exc_info=exc)


def _drop_tracebacks(exc: BaseException | None) -> None:
    """Cut a reported failure loose from the frames it was raised through.

    Those frames hold the event (and the worker's frames hold the future holding the
    exception), so a kept traceback makes each failed event a reference cycle.
    """
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        todo += [current.__cause__, current.__context__]
