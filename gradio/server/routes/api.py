"""Calling endpoints by name: the two-step REST API (`P/call/...`, protocol §7) and the
synchronous routes `P/run/predict`, `P/run/{api_name}`, `P/api/{api_name}` (§6.8).

The REST API queues like any event but streams named events (`generating`, `complete`,
`error`, `heartbeat`) with full values. The synchronous routes bypass the queue, as
Gradio does for `queue=False` listeners: they run at once and answer the output object
(a generator's first result only).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from gradio.events.run import run_event
from gradio.queue import messages
from gradio.queue.errors import failure_output
from gradio.queue.event import new_event_id
from gradio.queue.queue import Queue
from gradio.server.auth import unauthenticated_response
from gradio.server.bodies import check_fields, json_body
from gradio.server.event_stream import EventStreamResponse
from gradio.server.root_url import root_url
from gradio.server.routes.queue import STREAM_HEADERS, enqueue, gradio_request, unknown_fn
from gradio.server.sse import SSE_MEDIA_TYPE


async def call(request: Request) -> Response:
    """`POST P/call/{api_name}` with `{"data": [positional values]}`."""
    if (denied := unauthenticated_response(request)) is not None:
        return denied
    body = await json_body(request)
    if isinstance(body, Response):
        return body
    if (invalid := check_fields(body, {"data": list})) is not None:
        return invalid
    queue: Queue = request.app.state.queue
    fn = find_endpoint(queue, request.path_params["api_name"])
    if isinstance(fn, Response):
        return fn
    data = _pad_state_inputs(fn, body["data"])
    return enqueue(request, queue, fn.id, data, _rest_session(body), "rest")


async def call_v2(request: Request) -> Response:
    """`POST P/call/v2/{api_name}` with `{parameter_name: value, ...}`."""
    if (denied := unauthenticated_response(request)) is not None:
        return denied
    body = await json_body(request)
    if isinstance(body, Response):
        return body
    queue: Queue = request.app.state.queue
    fn = find_endpoint(queue, request.path_params["api_name"])
    if isinstance(fn, Response):
        return fn
    data = keyword_data(fn, body)
    if isinstance(data, Response):
        return data
    return enqueue(request, queue, fn.id, data, _rest_session({}), "rest")


async def call_result(request: Request) -> Response:
    """`GET P/call[/v2]/{api_name}/{event_id}`: the event's result stream (read once)."""
    if (denied := unauthenticated_response(request)) is not None:
        return denied
    queue: Queue = request.app.state.queue
    stream = queue.rest_stream(request.path_params["event_id"])
    return EventStreamResponse(stream, media_type=SSE_MEDIA_TYPE, headers=STREAM_HEADERS)


async def run_predict(request: Request) -> Response:
    """`POST P/run/predict`: run a dependency by `fn_index`, outside the queue."""
    return await _run(request, by_name=False)


async def run_named(request: Request) -> Response:
    """`POST P/run/{api_name}` and `P/api/{api_name}`: run an endpoint by name."""
    return await _run(request, by_name=True)


async def _run(request: Request, by_name: bool) -> Response:
    if (denied := unauthenticated_response(request)) is not None:
        return denied
    body = await json_body(request)
    if isinstance(body, Response):
        return body
    queue: Queue = request.app.state.queue
    if by_name:
        fn = find_endpoint(queue, request.path_params["api_name"])
        if isinstance(fn, Response):
            return fn
    else:
        if body.get("fn_index") is None:
            return JSONResponse({"detail": "No function index provided."}, status_code=400)
        if (invalid := check_fields(body, {"fn_index": int})) is not None:
            return invalid
        if (missing := unknown_fn(queue, body["fn_index"], body.get("session_hash"))) is not None:
            return missing
        fn = queue.blocks.fns[body["fn_index"]]
    invalid = check_fields(body, {"data": list}, {"session_hash": str, "trigger_id": int})
    if invalid is not None:
        return invalid
    return await run_now(request, queue, fn, _pad_state_inputs(fn, body["data"]), body)


async def run_now(
    request: Request, queue: Queue, fn: Any, data: list[Any], body: dict[str, Any]
) -> Response:
    """Run one event right away and answer its output object (or error)."""
    session_hash = str(body.get("session_hash") or new_event_id())
    ctx = queue.context(
        session_hash,
        gradio_request(request, session_hash),
        body.get("event_data"),
        body.get("trigger_id"),
        root_url(request, request.app.state.settings.root_path),
    )
    steps = run_event(fn, data, ctx)
    try:
        step = await anext(steps)
    except Exception as exc:
        error, _ = failure_output(exc, queue.show_error)
        return JSONResponse(error, status_code=500)
    finally:
        await steps.aclose()  # a generator answers with its first result only
    average = queue.stats.add_step(fn.id, step.duration)
    out = messages.output(
        step.data,
        is_generating=(not step.final) if not fn.batch else None,
        duration=step.duration,
        average_duration=average,
        changed_state_ids=step.changed_state_ids,
        render_config=step.render_config,
    )
    return Response(messages.encode(out), media_type="application/json")


def find_endpoint(queue: Queue, api_name: str) -> Any:
    """The dependency named `api_name` (without the slash), or a 404 response.

    Private endpoints (`api_visibility="private"`) cannot be called by name.
    """
    for fn in queue.blocks.fns:
        if fn.api_name == api_name and fn.fn is not None and fn.api_visibility != "private":
            return fn
    return JSONResponse({"detail": f"API endpoint /{api_name} not found."}, status_code=404)


def keyword_data(fn: Any, body: dict[str, Any]) -> list[Any] | Response:
    """Positional input values from a `P/call/v2` body keyed by parameter name."""
    names = list(getattr(fn.signature, "input_names", []))
    known: set[str] = set()
    data: list[Any] = []
    missing: list[str] = []
    for index, component in enumerate(fn.inputs):
        if getattr(component, "stateful", False):
            data.append(None)
            continue
        name = names[index] if index < len(names) else f"param_{index}"
        known.add(name)
        if name in body:
            data.append(body[name])
        elif getattr(component, "value", None) is not None:
            data.append(component.value)
        else:
            missing.append(name)
            data.append(None)
    unknown = sorted(set(body) - known)
    if missing or unknown:
        detail = []
        detail += [
            {"type": "missing", "loc": ["body", n], "msg": "Field required"} for n in missing
        ]
        detail += [
            {"type": "extra_forbidden", "loc": ["body", n], "msg": "Unknown parameter"}
            for n in unknown
        ]
        return JSONResponse({"detail": detail}, status_code=422)
    return data


def _pad_state_inputs(fn: Any, data: list[Any]) -> list[Any]:
    """Positional data may leave out trailing State inputs; add `null` for them."""
    missing = fn.inputs[len(data) :]
    if missing and all(getattr(c, "stateful", False) for c in missing):
        return [*data, *([None] * len(missing))]
    return data


def _rest_session(body: dict[str, Any]) -> dict[str, Any]:
    session_hash = body.get("session_hash")
    if not isinstance(session_hash, str) or not session_hash:
        session_hash = new_event_id()
    return {"session_hash": session_hash}
