"""The CORS and origin policy (protocol §12, security.md G6).

For a request carrying an `Origin` header:

* The origin is *trusted* when it is the app's own origin (its host:port equals the
  request's `Host`, or `X-Forwarded-Host` behind a proxy), or when both the origin and the
  server's `Host` are localhost (`localhost`, `127.0.0.1`, `[::1]`, `0.0.0.0`): a
  localhost-bound server accepts only localhost origins, and a public server reflects no
  foreign origin. The `null` origin (sandboxed frames, `file://` pages) is never trusted.
* Trusted origins are reflected: `access-control-allow-origin: <origin>`, `vary: Origin`.
  Every response carries `access-control-allow-credentials: true` (as Gradio's does; without
  an allow-origin it grants nothing).
* Preflight `OPTIONS` answers 200 `OK` with the methods, the echoed request headers and
  `access-control-max-age: 600`, and the allow-origin only for trusted origins.
* State-changing requests (POST, PUT, PATCH, DELETE) from an untrusted origin are refused
  with 403 before they reach a route (CSRF), whether or not they carry cookies. Gradio only
  withholds the allow-origin header, which still lets the request run.

Requests without `Origin` (non-browser clients, same-origin GETs) pass untouched. If the
app is mounted in a parent app that installs Starlette's `CORSMiddleware`, this middleware
steps aside and lets the user's policy rule.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOCALHOST_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0"})
ALLOWED_METHODS = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class OriginMiddleware:
    """ASGI middleware applying the origin policy above.

    Parameters:
        app: the wrapped ASGI app.
        parent_app: the app this one is mounted in, if any (its `user_middleware` is
            checked for a `CORSMiddleware`).
        block_untrusted_writes: refuse state-changing requests from untrusted origins.
    """

    def __init__(
        self,
        app: ASGIApp,
        parent_app: Any | None = None,
        block_untrusted_writes: bool = True,
    ) -> None:
        self.app = app
        self.parent_app = parent_app
        self.block_untrusted_writes = block_untrusted_writes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self._parent_handles_cors():
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin")
        if origin is None:
            await self.app(scope, receive, send)
            return
        trusted = is_trusted_origin(origin, headers)
        method = scope["method"].upper()
        if method == "OPTIONS" and "access-control-request-method" in headers:
            await _preflight(origin, trusted, headers)(scope, receive, send)
            return
        if not trusted and method in UNSAFE_METHODS and self.block_untrusted_writes:
            response = JSONResponse({"detail": "Origin not allowed."}, status_code=403)
            await response(scope, receive, send)
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                response_headers = MutableHeaders(scope=message)
                response_headers["access-control-allow-credentials"] = "true"
                if trusted:
                    response_headers["access-control-allow-origin"] = origin
                    response_headers.add_vary_header("Origin")
            await send(message)

        await self.app(scope, receive, send_with_cors)

    def _parent_handles_cors(self) -> bool:
        if self.parent_app is None:
            return False
        from starlette.middleware.cors import CORSMiddleware

        stack = getattr(self.parent_app, "user_middleware", [])
        return any(getattr(entry, "cls", None) is CORSMiddleware for entry in stack)


def is_trusted_origin(origin: str, headers: Headers) -> bool:
    """Whether a browser origin may read responses and make state-changing requests.

    Parameters:
        origin: the `Origin` header value.
        headers: the request headers (`Host`, `X-Forwarded-Host`).
    """
    if origin == "null":
        return False
    parts = urlsplit(origin)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return False
    origin_host = parts.netloc.lower()
    hosts = [headers.get("host", "")]
    forwarded = headers.get("x-forwarded-host")
    if forwarded:
        hosts.append(forwarded.split(",")[0].strip())
    if any(origin_host == host.lower() for host in hosts if host):
        return True
    server_name = _hostname(headers.get("host", ""))
    return server_name in LOCALHOST_NAMES and parts.hostname.lower() in LOCALHOST_NAMES


def _preflight(origin: str, trusted: bool, headers: Headers) -> PlainTextResponse:
    answer = {
        "access-control-allow-methods": ALLOWED_METHODS,
        "access-control-max-age": "600",
        "access-control-allow-credentials": "true",
    }
    if trusted:
        answer["access-control-allow-origin"] = origin
        answer["vary"] = "Origin"
    requested = headers.get("access-control-request-headers")
    if requested is not None:
        answer["access-control-allow-headers"] = requested
    return PlainTextResponse("OK", status_code=200, headers=answer)


def _hostname(host_header: str) -> str:
    """`127.0.0.1:7860` → `127.0.0.1`; `[::1]:7860` → `::1`."""
    parsed = urlsplit(f"//{host_header}")
    try:
        return (parsed.hostname or "").lower()
    except ValueError:
        return ""
