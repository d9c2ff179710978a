"""Baseline: a bare Starlette SSE endpoint streaming the same tokens as stream_app.py.

GET /stream sends one `data:` event per token (the whole text so far, JSON-encoded), then
`data: "[DONE]"`. GET / answers 200 so the harness knows it is up. No gradio involved.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncIterator

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, StreamingResponse
from starlette.routing import Route

TOKENS = int(os.environ.get("BENCH_TOKENS", "500"))
RATE = float(os.environ.get("BENCH_RATE", "100"))


async def tokens() -> AsyncIterator[bytes]:
    text = ""
    for i in range(TOKENS):
        await asyncio.sleep(1 / RATE)
        text += f"t{i} "
        yield f"data: {json.dumps(text)}\n\n".encode()
    yield b'data: "[DONE]"\n\n'


async def stream(request: Request) -> StreamingResponse:
    return StreamingResponse(tokens(), media_type="text/event-stream")


async def index(request: Request) -> PlainTextResponse:
    return PlainTextResponse("ok")


app = Starlette(routes=[Route("/", index), Route("/stream", stream)])

if __name__ == "__main__":
    port = int(os.environ.get("GRADIO_SERVER_PORT", "7860"))
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
