"""The queue protocol: `P/queue/join`, `P/queue/data`, `P/cancel`, `P/reset`,
`P/heartbeat/{session_hash}` (protocol §6, §8).

A join is checked completely before it is accepted: a body that is not JSON, a missing
or mistyped field, an unknown `fn_index` all get a 4xx here and never reach the queue.
What the user function makes of the values (wrong count, wrong types) is reported on the
stream as a failed event, as Gradio does.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from gradio.events.request import Request as GradioRequest
from gradio.queue.queue import Queue, QueueFullError
from gradio.queue.unload import schedule_unload
from gradio.server.auth import request_username, unauthenticated_response
from gradio.server.bodies import check_fields, json_body
from gradio.server.event_stream import EventStreamResponse
from gradio.server.root_url import root_url
from gradio.server.sse import SSE_MEDIA_TYPE, encode_event

HEARTBEAT_SECONDS = 15.0
"""Interval of `ALIVE` messages on the heartbeat stream."""

STREAM_HEADERS = {"cache-control": "no-cache", "x-accel-buffering": "no"}
"""Keep proxies from buffering or caching event streams."""


async def join(request: Request) -> Response:
    """`POST P/queue/join`: enqueue one event; answers `{"event_id": ...}`."""
    if (denied := unauthenticated_response(request)) is not None:
        return denied
    body = await json_body(request)
    if isinstance(body, Response):
        return body
    if body.get("fn_index") is None:
        return JSONResponse({"detail": "No function index provided."}, status_code=400)
    if not body.get("session_hash"):
        return JSONResponse({"detail": "Session hash not found."}, status_code=400)
    invalid = check_fields(
        body, {"data": list, "fn_index": int, "session_hash": str}, {"trigger_id": int}
    )
    if invalid is not None:
        return invalid
    queue: Queue = request.app.state.queue
    if (missing := unknown_fn(queue, body["fn_index"], body["session_hash"])) is not None:
        return missing
    return enqueue(request, queue, body["fn_index"], body["data"], body, "queue")


def enqueue(
    request: Request, queue: Queue, fn_index: int, data: list[Any], body: dict[str, Any], kind: Any
) -> Response:
    """Join a checked event; shared by the queue and the two-step REST routes."""
    session_hash = str(body.get("session_hash") or "")
    try:
        event_id = queue.join(
            fn_index,
            data,
            session_hash,
            kind=kind,
            event_data=body.get("event_data"),
            trigger_id=body.get("trigger_id"),
            request=gradio_request(request, session_hash),
            root_url=root_url(request, request.app.state.settings.root_path),
        )
    except QueueFullError as exc:
        return JSONResponse({"detail": str(exc)}, status_code=503)
    return JSONResponse({"event_id": event_id})


def unknown_fn(queue: Queue, fn_index: int, session_hash: Any = None) -> Response | None:
    """A 404 for an `fn_index` that names no server-side function of the app, nor one
    that a `gr.render` run made for this session."""
    fns = queue.blocks.fns
    if 0 <= fn_index < len(fns) and fns[fn_index].fn is not None:
        return None
    owner = getattr(fns, "owner", None)
    rendered = session_hash and owner is not None and owner(fn_index) == session_hash
    if rendered and fns[fn_index].fn is not None:
        return None
    return JSONResponse({"detail": f"Function index {fn_index} not found."}, status_code=404)


def gradio_request(request: Request, session_hash: str) -> GradioRequest:
    """The `gr.Request` handed to user functions."""
    return GradioRequest(request, username=request_username(request), session_hash=session_hash)


async def data(request: Request) -> Response:
    """`GET P/queue/data?session_hash=...`: the session's message stream."""
    if (denied := unauthenticated_response(request)) is not None:
        return denied
    queue: Queue = request.app.state.queue
    session_hash = request.query_params.get("session_hash", "")
    return EventStreamResponse(
        queue.session_stream(session_hash), media_type=SSE_MEDIA_TYPE, headers=STREAM_HEADERS
    )


async def cancel(request: Request) -> Response:
    """`POST P/cancel`: stop an event of the session; answers once it has stopped."""
    body = await json_body(request)
    if isinstance(body, Response):
        return body
    invalid = check_fields(body, {"session_hash": str, "fn_index": int, "event_id": str})
    if invalid is not None:
        return invalid
    queue: Queue = request.app.state.queue
    event = queue.events.get(body["event_id"])
    if event is not None and event.session_hash == body["session_hash"]:
        await queue.cancel(event.event_id)
    return JSONResponse({"success": True})


async def reset(request: Request) -> Response:
    """`POST P/reset`: forget an event's iterator (nothing is kept after cancel)."""
    body = await json_body(request)
    if isinstance(body, Response):
        return body
    invalid = check_fields(body, {"event_id": str})
    return invalid if invalid is not None else JSONResponse({"success": True})


async def heartbeat(request: Request) -> Response:
    """`GET P/heartbeat/{session_hash}`: `ALIVE` now and every 15 s until the client leaves.

    When the stream closes the session is over; its State is freed after a grace period.
    """
    queue: Queue = request.app.state.queue
    session_hash = request.path_params["session_hash"]
    return EventStreamResponse(
        _alive(queue, session_hash), media_type=SSE_MEDIA_TYPE, headers=STREAM_HEADERS
    )


async def _alive(queue: Queue, session_hash: str) -> AsyncIterator[bytes]:
    queue.states.resume(session_hash)
    try:
        while True:
            yield encode_event(b"ALIVE")
            await asyncio.sleep(HEARTBEAT_SECONDS)
    finally:
        queue.states.end(session_hash)
        schedule_unload(queue.blocks.fns, session_hash)
