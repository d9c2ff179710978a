"""Fixtures for the file, upload, auth and origin tests.

`files_app` builds a small Starlette app that mounts only the file and auth routes with the
state `create_app` provides (`cache`, `access`, `auth`, `settings`), plus a stand-in
protected `/config`. `live_server` runs any ASGI app on 127.0.0.1 (free port) in a thread,
for raw-socket requests and streams that must be observed while open.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from gradio.files import static_paths
from gradio.files.access import FileAccess
from gradio.files.cache import FileCache
from gradio.server import auth as auth_module
from gradio.server.origins import OriginMiddleware
from gradio.server.routes import auth as auth_routes
from gradio.server.routes import files as file_routes
from gradio.server.settings import ServerSettings

AppFactory = Callable[..., Starlette]


async def protected_config(request: Request) -> Response:
    """A stand-in for the real `/config`: protected, answers who is asking."""
    if (denied := auth_module.unauthenticated_response(request)) is not None:
        return denied
    return JSONResponse({"user": auth_module.request_username(request)})


def build_files_app(
    cache_root: Path,
    *,
    allowed_paths: list[str] | None = None,
    blocked_paths: list[str] | None = None,
    auth: Any = None,
    auth_message: str | None = None,
    max_file_size: int | None = None,
    max_failures: int = 10,
) -> Starlette:
    """A Starlette app with the file and auth routes and their app state."""
    routes = [
        Route("/config", protected_config),
        Route("/login", auth_routes.login, methods=["POST"]),
        Route("/login/", auth_routes.login, methods=["POST"]),
        Route("/logout", auth_routes.logout),
        Route("/gradio_api/login_check", auth_routes.login_check),
        Route("/gradio_api/user", auth_routes.user),
        Route("/gradio_api/token", auth_routes.token),
        Route("/gradio_api/upload", file_routes.upload, methods=["POST"]),
        Route("/gradio_api/upload_progress", file_routes.upload_progress),
        Route("/gradio_api/file={path:path}", file_routes.serve_file, methods=["GET", "HEAD"]),
        Route("/gradio_api/file/{path:path}", file_routes.serve_file, methods=["GET", "HEAD"]),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(OriginMiddleware)])
    cache = FileCache(cache_root)
    app.state.cache = cache
    app.state.access = FileAccess(
        cache_dirs=[cache.root],
        allowed_paths=allowed_paths or [],
        blocked_paths=blocked_paths or [],
        read_env=False,
    )
    app.state.settings = ServerSettings(
        allowed_paths=allowed_paths or [],
        blocked_paths=blocked_paths or [],
        max_file_size=max_file_size,
        auth=auth,
        auth_message=auth_message,
    )
    app.state.auth = (
        auth_module.AuthState(auth, auth_message, max_failures=max_failures) if auth else None
    )
    return app


class AppClient:
    """A synchronous in-process client (httpx over ASGITransport) that keeps cookies.

    Starlette's TestClient wants `httpx2`; this is the few lines we need instead.
    """

    def __init__(self, app: Any, base_url: str = "http://127.0.0.1:7860") -> None:
        self.app = app
        self.base_url = base_url
        self.cookies = httpx.Cookies()

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(
                transport=transport, base_url=self.base_url, cookies=self.cookies
            ) as client:
                response = await client.request(method, url, **kwargs)
                await response.aread()
                self.cookies = httpx.Cookies(client.cookies)
                return response

        return anyio.run(send)

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def head(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("HEAD", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def options(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("OPTIONS", url, **kwargs)


@pytest.fixture
def client_for() -> Callable[..., AppClient]:
    """`client_for(app, base_url=...)`: a cookie-keeping in-process client for `app`."""
    return AppClient


@pytest.fixture
def cache_root(tmp_path: Path) -> Path:
    """A fresh cache directory for one test."""
    return tmp_path / "gradio"


@pytest.fixture
def files_app(cache_root: Path) -> AppFactory:
    """Build the file/auth test app; keyword arguments as `build_files_app`."""

    def factory(**kwargs: Any) -> Starlette:
        return build_files_app(cache_root, **kwargs)

    return factory


@pytest.fixture
def files_client(files_app: AppFactory) -> Callable[..., AppClient]:
    """Build the test app (keyword arguments as `build_files_app`) and a client for it."""

    def factory(**kwargs: Any) -> AppClient:
        return AppClient(files_app(**kwargs))

    return factory


@pytest.fixture(autouse=True)
def no_static_paths() -> Iterator[None]:
    """`gr.set_static_paths` is process-global: start and end every test without any."""
    static_paths.clear_static_paths()
    yield
    static_paths.clear_static_paths()


@contextmanager
def live_server(app: Any) -> Iterator[str]:
    """Serve `app` with uvicorn on 127.0.0.1 (a free port) in a thread; yield its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture
def serve() -> Iterator[Callable[[Any], str]]:
    """Start an app on a live server for the rest of the test; returns its base URL."""
    servers: list[Any] = []

    def start(app: Any) -> str:
        manager = live_server(app)
        url = manager.__enter__()
        servers.append(manager)
        return url

    yield start
    for manager in reversed(servers):
        manager.__exit__(None, None, None)


@pytest.fixture
def raw_get() -> Callable[..., bytes]:
    """`raw_get(base_url, raw_path, headers)`: a GET sent byte for byte over a socket."""
    return send_raw_get


def send_raw_get(base_url: str, raw_path: str, headers: dict[str, str] | None = None) -> bytes:
    """Send a GET with the path exactly as written (no client-side `..` normalisation)."""
    host_port = base_url.removeprefix("http://")
    host, port = host_port.split(":")
    lines = [f"GET {raw_path} HTTP/1.1", f"Host: {host_port}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)
