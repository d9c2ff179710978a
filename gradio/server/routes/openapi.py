"""OpenAPI documents: `P/openapi.json` (the app's endpoints) and `/openapi.json` (every route).

Both are built on first request and cached on the app state: the app's endpoints and the
route table do not change while it is served.
"""

from __future__ import annotations

import orjson
from starlette.requests import Request
from starlette.responses import Response

from gradio.server import openapi as documents
from gradio.server.auth import unauthenticated_response


async def endpoints(request: Request) -> Response:
    """`GET P/openapi.json`: how to call each public endpoint over REST."""
    if (denied := unauthenticated_response(request)) is not None:
        return denied
    state = request.app.state
    body: bytes | None = getattr(state, "openapi_endpoints", None)
    if body is None:
        body = state.openapi_endpoints = orjson.dumps(documents.endpoints_document(state.blocks))
    return Response(body, media_type="application/json")


async def routes(request: Request) -> Response:
    """`GET /openapi.json`: every route of the server."""
    state = request.app.state
    body: bytes | None = getattr(state, "openapi_routes", None)
    if body is None:
        body = state.openapi_routes = orjson.dumps(documents.routes_document(request.app.routes))
    return Response(body, media_type="application/json")
