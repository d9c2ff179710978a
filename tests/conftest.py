"""Shared fixtures: the two server tiers.

* `asgi_client(blocks)` — an `httpx.AsyncClient` on `create_app(blocks)`, in-process (no
  socket, no `launch()`; tests using it are `@pytest.mark.anyio`). The transport buffers
  whole responses, so it suits request/response routes and finished SSE transcripts.
* `live_server(blocks)` — the same app served by uvicorn on 127.0.0.1 (a free port) in a
  thread; returns the base URL. Use it for anything observed while a stream is open:
  heartbeats, progress, cancel mid-run, concurrency, interleaved sessions, disconnects.

Both are factories, and everything they start is stopped at the end of the test.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

from gradio.server.app import create_app
from gradio.server.launch import ServerThread, bind_socket
from gradio.server.settings import ServerSettings

AsgiClientFactory = Callable[..., httpx.AsyncClient]
LiveServerFactory = Callable[..., str]


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (the loop uvicorn uses)."""
    return "asyncio"


@pytest.fixture
async def asgi_client() -> AsyncIterator[AsgiClientFactory]:
    """`asgi_client(blocks, **settings)` → an `httpx.AsyncClient` on `create_app(blocks)`."""
    clients: list[httpx.AsyncClient] = []

    def make(blocks: Any, **settings: Any) -> httpx.AsyncClient:
        app = create_app(blocks, ServerSettings(**settings))
        transport = httpx.ASGITransport(app)
        client = httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:7860")
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


@pytest.fixture
def live_server() -> Iterator[LiveServerFactory]:
    """`live_server(blocks, **settings)` → base URL of the app served on 127.0.0.1."""
    servers: list[ServerThread] = []

    def start(blocks: Any, **settings: Any) -> str:
        app = create_app(blocks, ServerSettings(**settings))
        sock = bind_socket("127.0.0.1", 0)
        server = ServerThread(app, sock)
        server.start()
        servers.append(server)
        return f"http://127.0.0.1:{sock.getsockname()[1]}"

    yield start
    for server in servers:
        server.stop()
