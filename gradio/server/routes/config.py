"""Describing the app: `/config`, `P/info`, `P/app_id`, `P/startup-events`,
`P/queue/status` (protocol §3, §4, §12)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from gradio.queue import messages
from gradio.queue.queue import Queue
from gradio.server.auth import request_username, unauthenticated_response
from gradio.server.documents import AppDocuments
from gradio.server.root_url import root_url


async def config(request: Request) -> Response:
    """`GET /config`: the app config with this request's `root`."""
    if (denied := unauthenticated_response(request)) is not None:
        return denied
    documents: AppDocuments = request.app.state.documents
    root = root_url(request, request.app.state.settings.root_path)
    body = documents.config(root, request_username(request))
    return Response(body, media_type="application/json")


async def info(request: Request) -> Response:
    """`GET P/info[?all_endpoints=true]`: the API description (`serialize` is ignored)."""
    if (denied := unauthenticated_response(request)) is not None:
        return denied
    documents: AppDocuments = request.app.state.documents
    root = root_url(request, request.app.state.settings.root_path)
    all_endpoints = request.query_params.get("all_endpoints", "").lower() == "true"
    return Response(documents.info(root, all_endpoints), media_type="application/json")


async def app_id(request: Request) -> Response:
    """`GET P/app_id`: the random id of this app instance."""
    return JSONResponse({"app_id": request.app.state.blocks.app_id})


async def startup_events(request: Request) -> Response:
    """`GET P/startup-events`: `false`, as observed (nothing runs at startup)."""
    return JSONResponse(False)


async def queue_status(request: Request) -> Response:
    """`GET P/queue/status`: how many events are waiting."""
    if (denied := unauthenticated_response(request)) is not None:
        return denied
    queue: Queue = request.app.state.queue
    status = messages.estimation(None, None, len(queue.waiting))
    return Response(messages.encode(status), media_type="application/json")
