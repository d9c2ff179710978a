"""One run of one dependency: wire values in, user function, wire values out.

    inputs (wire) ── validate files ─ preprocess ─┐
    State values (per session) ───────────────────┼─▶ fn(*args) ─▶ postprocess ─ cache files ─▶ outputs (wire)
    gr.Progress / gr.Request / gr.EventData ──────┘                  └─▶ State values stored, wire null

`run_event` yields one `Step` per result: one for a plain function, one per `yield` of a
generator and a last one (`final=True`) carrying the last values again. Synchronous user
code runs in worker threads (the context's pool, bounded) with the caller's context
variables, so `gr.Progress` and `gr.Info` find the queue's reporter; coroutines and async
generators run on the event loop. Exceptions from user code propagate to the caller,
which turns them into error messages.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field
from typing import Any

from gradio.blocks.block import Block
from gradio.components.update import as_update
from gradio.events.workers import WorkerPool
from gradio.queue.session import SessionStore

UPDATE = "__type__"


class InputCountError(ValueError):
    """The request carried fewer input values than the dependency has inputs."""

    def __init__(self, expected: int, got: int) -> None:
        super().__init__(f"Expected {expected} input values, received {got}.")
        self.expected = expected
        """How many inputs the dependency has."""
        self.got = got
        """How many values arrived."""


class OutputCountError(ValueError):
    """The function returned a different number of values than it has outputs."""

    def __init__(self, expected: int, got: int) -> None:
        super().__init__(
            f"The function returned {got} values but the event has {expected} outputs."
        )


@dataclass(kw_only=True)
class RunContext:
    """Everything one run needs besides the dependency and the input values.

    Parameters:
        blocks: the app.
        session_hash: whose State values to use.
        states: the app's State store.
        workers: the worker threads running synchronous user code.
        request: the `gr.Request` injected into functions that ask for it.
        event_data: the `event_data` of the join (for `gr.EventData` arguments).
        app_state: the Starlette app state, for the file-processing hooks.
        root_url: the request's public root URL, for file URLs.
        listened_states: ids of State components with a `change` listener.
        trigger_id: the id of the block whose event fired (the `EventData` target).
    """

    blocks: Any
    session_hash: str
    states: SessionStore
    workers: WorkerPool
    request: Any = None
    event_data: Any = None
    app_state: Any = None
    root_url: str = ""
    listened_states: frozenset[int] = frozenset()
    trigger_id: int | None = None


@dataclass(slots=True)
class Step:
    """One result of a run, ready for the wire."""

    data: list[Any]
    """One wire value per output (State outputs as `None`)."""
    final: bool
    """True for the last step (a function's return or a generator's end)."""
    duration: float
    """Seconds this step took."""
    changed_state_ids: list[int] = field(default_factory=list)
    """Listened-to State components whose value this step changed."""
    render_config: dict[str, Any] | None = None
    """The sub-tree a `gr.render` function just built (protocol §6.6), else `None`."""


async def run_event(fn: Any, data: list[Any], ctx: RunContext) -> AsyncGenerator[Step, None]:
    """Run one dependency on one set of wire inputs.

    Parameters:
        fn: the `BlockFunction`.
        data: the wire values, one per input (extra trailing values are ignored).
        ctx: session, request and server hooks.
    """
    start = time.monotonic()
    args = await _prepare_args(fn, data, ctx)
    if _wants_progress(fn):
        _track_tqdm(args)
    user_fn: Callable[..., Any] = fn.fn
    # `is_generator` / `is_async` were worked out once, when the listener was registered.
    if fn.is_generator:
        last: Step | None = None
        async for value in _iterate(user_fn, fn.is_async, args, ctx):
            last = await _finish(fn, value, ctx, start, final=False)
            yield last
            start = time.monotonic()
        if last is None:
            last = Step([None] * len(fn.outputs), final=False, duration=0.0)
        yield Step(last.data, final=True, duration=time.monotonic() - start)
        return
    if getattr(fn, "render_id", None) is not None:
        yield await _render(fn, args, ctx, start)
        return
    if fn.is_async:
        value = await user_fn(*args)
    else:
        value = await ctx.workers.run(_call, user_fn, args)
    yield await _finish(fn, value, ctx, start, final=True)


async def _render(fn: Any, args: list[Any], ctx: RunContext, start: float) -> Step:
    """Run a `gr.render` function: its container output stays null, the new sub-tree
    goes out as `render_config` and its listeners become callable for this session."""
    config = await ctx.workers.run(_call_render, fn.fn, args, ctx)
    duration = time.monotonic() - start
    return Step([None] * len(fn.outputs), final=True, duration=duration, render_config=config)


def _call_render(
    user_fn: Callable[..., Any], args: list[Any], ctx: RunContext
) -> dict[str, Any] | None:
    from gradio.blocks.render import keep_for_session, take_render_result
    from gradio.queue.session import StateSpec

    user_fn(*args)
    scope = take_render_result()  # set by the call above, in this thread's context
    if scope is None:
        return None
    keep_for_session(ctx.blocks, ctx.session_hash, scope)
    for block in scope.blocks.values():  # a State made by the render starts from its value
        if getattr(block, "stateful", False) and block.id not in ctx.states.specs:
            ctx.states.specs[block.id] = StateSpec(
                default=getattr(block, "value", None),
                time_to_live=getattr(block, "time_to_live", None),
                delete_callback=getattr(block, "delete_callback", None),
            )
    return scope.config()


async def run_batch(fn: Any, batch: list[list[Any]], ctxs: list[RunContext]) -> list[Step]:
    """Run a `batch=True` dependency once for several events.

    The function receives one list per input (the events' values side by side) and
    returns one list per output; each event gets its own slice back.

    Parameters:
        fn: the `BlockFunction`.
        batch: each event's wire values.
        ctxs: each event's context (the first one's workers run the call).
    """
    start = time.monotonic()
    columns: list[list[Any]] = [[] for _ in fn.inputs]
    for data, ctx in zip(batch, ctxs, strict=True):
        values = await _prepare_values(fn, data, ctx)
        for column, value in zip(columns, values, strict=True):
            column.append(value)
    user_fn: Callable[..., Any] = fn.fn
    if fn.is_async:
        result = await user_fn(*columns)
    else:
        result = await ctxs[0].workers.run(_call, user_fn, columns)
    per_output = list(result)  # one list per output, even for a single output
    if len(per_output) != len(fn.outputs):
        raise OutputCountError(len(fn.outputs), len(per_output))
    steps = []
    for index, ctx in enumerate(ctxs):
        values = [column[index] for column in per_output]
        one = values[0] if len(values) == 1 else values
        steps.append(await _finish(fn, one, ctx, start, final=True))
    return steps


async def _prepare_args(fn: Any, data: list[Any], ctx: RunContext) -> list[Any]:
    values = await _prepare_values(fn, data, ctx)
    if getattr(fn, "inputs_as_dict", False):
        values = [dict(zip(fn.inputs, values, strict=True))]
    return _with_special_args(fn, values, ctx)


async def _prepare_values(fn: Any, data: list[Any], ctx: RunContext) -> list[Any]:
    inputs = fn.inputs
    if len(data) < len(inputs):
        raise InputCountError(len(inputs), len(data))
    values: list[Any] = []
    with _client_files_checked(ctx):
        for component, payload in zip(inputs, data, strict=False):
            if getattr(component, "stateful", False):
                values.append(ctx.states.get(ctx.session_hash, component.id))
                continue
            if ctx.app_state is not None:
                payload = await _validate_files(payload, ctx)
            values.append(component.preprocess(payload) if fn.preprocess else payload)
    return values


def _client_files_checked(ctx: RunContext) -> contextlib.AbstractContextManager[None]:
    """While inputs are preprocessed, every file path a client named is checked (G2)."""
    if ctx.app_state is None:
        return contextlib.nullcontext()
    from gradio.files.input_guard import checking_client_files

    return checking_client_files(ctx.app_state)


def _with_special_args(fn: Any, values: list[Any], ctx: RunContext) -> list[Any]:
    special: dict[int, Any] = getattr(fn.signature, "special", {}) if fn.signature else {}
    if not special:
        return values
    args: list[Any] = []
    remaining = iter(values)
    total = len(values) + len(special)
    for position in range(total):
        if position in special:
            args.append(_special_value(special[position], ctx))
        else:
            args.append(next(remaining))
    return args


def _wants_progress(fn: Any) -> bool:
    special: dict[int, Any] = getattr(fn.signature, "special", {}) if fn.signature else {}
    return any(getattr(spec, "kind", spec) == "progress" for spec in special.values())


def _track_tqdm(args: list[Any]) -> None:
    """Route `tqdm` loops to the run's `gr.Progress(track_tqdm=True)`, if it has one."""
    from gradio.events.progress import Progress
    from gradio.queue import tqdm_bridge

    for arg in args:
        if isinstance(arg, Progress) and arg.track_tqdm and tqdm_bridge.enable():
            tqdm_bridge.tracking.set(arg)


def _special_value(spec: Any, ctx: RunContext) -> Any:
    kind = getattr(spec, "kind", spec)
    if kind == "progress":
        default = getattr(spec, "default", None)
        # A fresh tracker per run: the default instance is shared by every call.
        return type(default)(track_tqdm=default.track_tqdm) if default is not None else None
    if kind == "request":
        return ctx.request
    if kind == "event_data":
        cls = getattr(spec, "cls", None)
        target = ctx.blocks.blocks.get(ctx.trigger_id) if ctx.trigger_id is not None else None
        return cls(target, ctx.event_data) if cls is not None else ctx.event_data
    return None


async def _iterate(
    user_fn: Callable[..., Any], is_async: bool, args: list[Any], ctx: RunContext
) -> Any:
    if is_async:
        async for value in user_fn(*args):
            yield value
        return
    generator = user_fn(*args)
    done = object()
    try:
        while True:
            value = await ctx.workers.run(next, generator, done)
            if value is done:
                return
            yield value
    finally:
        # Cancelled while a step still runs in its thread, the generator cannot be closed
        # ("generator already executing"); it stops anyway, as nothing asks for more.
        with contextlib.suppress(ValueError):
            generator.close()


def _call(user_fn: Callable[..., Any], args: list[Any]) -> Any:
    return user_fn(*args)


async def _finish(fn: Any, value: Any, ctx: RunContext, start: float, final: bool) -> Step:
    outputs = fn.outputs
    values = _split_outputs(outputs, value)
    wire: list[Any] = []
    changed: list[int] = []
    for component, item in zip(outputs, values, strict=True):
        if getattr(component, "stateful", False):
            stored = not _is_update(item) and ctx.states.set(ctx.session_hash, component.id, item)
            if stored and component.id in ctx.listened_states:
                changed.append(component.id)
            wire.append(None)
            continue
        wire.append(_postprocess(fn, component, item))
    if ctx.app_state is not None:
        wire = await _prepare_files(wire, ctx)
    return Step(wire, final=final, duration=time.monotonic() - start, changed_state_ids=changed)


def _split_outputs(outputs: list[Any], value: Any) -> list[Any]:
    if isinstance(value, dict) and value and all(hasattr(key, "id") for key in value):
        by_id = {key.id: item for key, item in value.items()}
        return [by_id.get(c.id, {UPDATE: "update"}) for c in outputs]
    if len(outputs) == 0:
        return []
    if len(outputs) == 1:
        return [value]
    if not isinstance(value, (tuple, list)) or len(value) != len(outputs):
        got = len(value) if isinstance(value, (tuple, list)) else 1
        raise OutputCountError(len(outputs), got)
    return list(value)


def _postprocess(fn: Any, component: Any, value: Any) -> Any:
    if isinstance(value, Block):  # `return gr.Textbox(visible=False)`: an update
        value = as_update(value)
    if _is_update(value):
        if "value" in value and fn.postprocess:
            return {**value, "value": component.postprocess(value["value"])}
        return value
    return component.postprocess(value) if fn.postprocess else value


def _is_update(value: Any) -> bool:
    return isinstance(value, dict) and value.get(UPDATE) == "update"


async def _validate_files(payload: Any, ctx: RunContext) -> Any:
    if not _may_hold_files(payload):
        return payload
    from gradio.files import processing

    return await ctx.workers.run(processing.validate_input_files, payload, ctx.app_state)


async def _prepare_files(wire: list[Any], ctx: RunContext) -> list[Any]:
    if not _may_hold_files(wire):
        return wire
    from gradio.files import processing

    prepared: list[Any] = await ctx.workers.run(
        processing.prepare_output_files, wire, ctx.root_url, ctx.app_state
    )
    return prepared


def _may_hold_files(value: Any) -> bool:
    """A cheap pre-check so plain text and numbers skip the file walk entirely."""
    if isinstance(value, dict):
        return True
    if isinstance(value, (list, tuple)):
        return any(_may_hold_files(item) for item in value)
    return False
