"""A scriptable stand-in for a Gradio server, for failures a real server rarely shows.

Each test maps paths to handlers; the server records every request path it sees.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Handler = Callable[[BaseHTTPRequestHandler], None]

MINIMAL_CONFIG: dict[str, Any] = {
    "version": "6.31.0",
    "api_prefix": "/gradio_api",
    "protocol": "sse_v3",
    "connect_heartbeat": False,
    "components": [
        {"id": 1, "type": "textbox", "props": {"label": "name"}, "skip_api": False},
        {"id": 2, "type": "textbox", "props": {"label": "out"}, "skip_api": False},
    ],
    "dependencies": [
        {"id": 0, "inputs": [1], "outputs": [2], "api_name": "greet", "backend_fn": True}
    ],
}
MINIMAL_INFO: dict[str, Any] = {
    "named_endpoints": {
        "/greet": {
            "parameters": [
                {
                    "label": "name",
                    "parameter_name": "name",
                    "parameter_has_default": False,
                    "parameter_default": None,
                    "type": {"type": "string"},
                    "python_type": {"type": "str", "description": ""},
                    "component": "Textbox",
                }
            ],
            "returns": [
                {
                    "label": "out",
                    "type": {"type": "string"},
                    "python_type": {"type": "str", "description": ""},
                    "component": "Textbox",
                }
            ],
            "api_visibility": "public",
        }
    },
    "unnamed_endpoints": {},
}


def send_json(handler: BaseHTTPRequestHandler, body: Any, status: int = 200) -> None:
    data = json.dumps(body).encode()
    handler.send_response(status)
    handler.send_header("content-type", "application/json")
    handler.send_header("content-length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def start_sse(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("content-type", "text/event-stream")
    handler.end_headers()


def send_event(handler: BaseHTTPRequestHandler, data: Any) -> None:
    text = data if isinstance(data, str) else json.dumps(data)
    handler.wfile.write(f"data: {text}\n\n".encode())
    handler.wfile.flush()


class StubServer:
    """Serves the handlers in `routes` (keyed by path without query) on 127.0.0.1."""

    def __init__(self, routes: dict[str, Handler]) -> None:
        self.routes = routes
        self.seen: list[str] = []
        stub = self

        class RequestHandler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return None

            def _dispatch(self) -> None:
                stub.seen.append(self.path)
                length = int(self.headers.get("content-length") or 0)
                if length:
                    self.rfile.read(length)
                path = self.path.split("?", 1)[0]
                handler = stub.routes.get(path) or next(
                    (
                        h
                        for p, h in stub.routes.items()
                        if p.endswith("*") and path.startswith(p[:-1])
                    ),
                    None,
                )
                if handler is None:
                    send_json(self, {"detail": "Not Found"}, 404)
                else:
                    handler(self)

            do_GET = _dispatch
            do_POST = _dispatch

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    @contextmanager
    def running(self) -> Iterator[StubServer]:
        thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.httpd.shutdown()
            self.httpd.server_close()
            thread.join()


def gradio_routes(config: dict[str, Any] | None = None) -> dict[str, Handler]:
    """Routes answering discovery like a minimal Gradio app."""
    return {
        "/config": lambda h: send_json(h, config or MINIMAL_CONFIG),
        "/gradio_api/info": lambda h: send_json(h, MINIMAL_INFO),
        "/gradio_api/queue/join": lambda h: send_json(h, {"event_id": "e1"}),
    }
