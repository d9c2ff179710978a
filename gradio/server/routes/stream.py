"""Streaming inputs: `P/stream/{event_id}` (one more chunk) and
`P/stream/{event_id}/close` (protocol §6.10).

A chunk is checked before it reaches the event: a body that is not a join-shaped object,
too few values, an event id that names no live streaming event (404) or one of another
session (403) are refused here, and the event goes on as if the request never came.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from gradio.queue.event import Event
from gradio.queue.queue import Queue
from gradio.queue.streaming import Chunk, ChunkInbox
from gradio.server.auth import unauthenticated_response
from gradio.server.bodies import check_fields, json_body

SUCCESS = {"msg": "success"}
"""Gradio's answer to a chunk or a close."""


async def send_chunk(request: Request) -> Response:
    """`POST P/stream/{event_id}`: the next input chunk of a streaming event."""
    if (denied := unauthenticated_response(request)) is not None:
        return denied
    body = await json_body(request)
    if isinstance(body, Response):
        return body
    invalid = check_fields(body, {"data": list}, {"session_hash": str, "fn_index": int})
    if invalid is not None:
        return invalid
    found = _streaming_event(request, body.get("session_hash"))
    if isinstance(found, Response):
        return found
    event, inbox = found
    queue: Queue = request.app.state.queue
    expected = len(queue.blocks.fns[event.fn_index].inputs)
    if len(body["data"]) < expected:
        detail = f"Expected {expected} input values, received {len(body['data'])}."
        return JSONResponse({"detail": detail}, status_code=422)
    inbox.post(Chunk(body["data"], body.get("event_data")))
    return JSONResponse(SUCCESS)


async def close(request: Request) -> Response:
    """`POST P/stream/{event_id}/close`: end a streaming event after its current run.

    Gradio's page sends an empty object; a `session_hash`, when given, must match.
    """
    if (denied := unauthenticated_response(request)) is not None:
        return denied
    body = await json_body(request)
    if isinstance(body, Response):
        return body
    invalid = check_fields(body, {}, {"session_hash": str})
    if invalid is not None:
        return invalid
    found = _streaming_event(request, body.get("session_hash"))
    if isinstance(found, Response):
        return found
    found[1].close()
    return JSONResponse(SUCCESS)


def _streaming_event(
    request: Request, session_hash: str | None
) -> tuple[Event, ChunkInbox] | Response:
    queue: Queue = request.app.state.queue
    event_id = request.path_params["event_id"]
    event = queue.events.get(event_id)
    inbox = event.inbox if event is not None else None
    if event is None or inbox is None or inbox.closed:
        detail = f"No streaming event {event_id} is running."
        return JSONResponse({"detail": detail}, status_code=404)
    if session_hash is not None and session_hash != event.session_hash:
        detail = "This streaming event belongs to another session."
        return JSONResponse({"detail": detail}, status_code=403)
    return event, inbox
