"""The app's externally visible root URL, worked out per request (protocol §12).

`root` in the config and every file URL derive from it: the `Host` header (or
`X-Forwarded-Host` + `X-Forwarded-Proto` behind a proxy), then the mount path of the app
inside a parent app and the `root_path` given to `launch()`.

    Host: myhost:1234                                  → http://myhost:1234
    X-Forwarded-Host: example.org, X-Forwarded-Proto: https → https://example.org
"""

from __future__ import annotations

from starlette.requests import HTTPConnection


def root_url(request: HTTPConnection, root_path: str = "") -> str:
    """The root URL (no trailing slash) of the app serving this request.

    Parameters:
        request: the incoming request.
        root_path: `launch(root_path=...)`: a full URL replaces the computed one; a path
            is appended to the host.
    """
    if root_path.startswith(("http://", "https://")):
        return root_path.rstrip("/")
    headers = request.headers
    host = _first(headers.get("x-forwarded-host")) or headers.get("host") or _server(request)
    scheme = _first(headers.get("x-forwarded-proto")) or request.url.scheme
    if scheme not in ("http", "https", "ws", "wss"):
        scheme = "http"
    scheme = {"ws": "http", "wss": "https"}.get(scheme, scheme)
    mount = str(request.scope.get("root_path", "")).rstrip("/")
    return f"{scheme}://{host}{root_path.rstrip('/')}{mount}"


def _first(value: str | None) -> str:
    return value.split(",")[0].strip() if value else ""


def _server(request: HTTPConnection) -> str:
    server = request.scope.get("server")
    if not server:
        return "localhost"
    host, port = server
    return f"{host}:{port}" if port not in (80, 443, None) else str(host)
