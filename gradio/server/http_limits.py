"""A bound on the request head (request line + headers) for uvicorn's httptools parser (G10).

uvicorn's h11 protocol refuses heads over 16 KiB, but its faster httptools protocol, used
whenever `httptools` is installed, keeps every byte of a request head until it ends: one
client sending megabytes of headers holds that much memory per connection. This protocol
counts the bytes received while a head is open and answers `431` past `MAX_HEAD_BYTES`.
"""

from __future__ import annotations

from typing import Any

MAX_HEAD_BYTES = 64 * 1024
"""Largest accepted request head, in bytes (browsers with many cookies stay well under)."""

CLOSE_AFTER_SECONDS = 5.0
"""How long a refused connection may keep sending (its bytes are dropped) before it closes."""

_TOO_LARGE = (
    b"HTTP/1.1 431 Request Header Fields Too Large\r\n"
    b"content-type: text/plain; charset=utf-8\r\n"
    b"content-length: 33\r\n"
    b"connection: close\r\n\r\n"
    b"Request header fields too large."
    b"\n"
)


def http_protocol() -> Any:
    """The `http=` value for `uvicorn.Config`: the bounded httptools protocol, else `"h11"`."""
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:  # no httptools: h11 bounds heads itself
        return "h11"

    class BoundedHttpToolsProtocol(HttpToolsProtocol):
        """uvicorn's httptools protocol with `MAX_HEAD_BYTES` enforced."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.head_open = True
            self.head_bytes = 0
            self.refused = False
            self.completed = 0

        def data_received(self, data: bytes) -> None:
            if self.refused:  # read and drop the rest, so the client sees the 431, not a reset
                return
            head_was_open, completed = self.head_open, self.completed
            super().data_received(data)
            # Count chunks spent inside one head. A chunk that also carried a whole request
            # (head, body, end) leaves a head open too, the next one's: it is not counted,
            # or a large upload read in one chunk would pass for a large head.
            if not (head_was_open and self.head_open and completed == self.completed):
                return
            self.head_bytes += len(data)
            if self.head_bytes > MAX_HEAD_BYTES:
                self.refused = True
                self.transport.write(_TOO_LARGE)
                if self.transport.can_write_eof():
                    self.transport.write_eof()
                self.loop.call_later(CLOSE_AFTER_SECONDS, self.transport.close)

        def on_headers_complete(self) -> None:
            self.head_open = False
            super().on_headers_complete()

        def on_message_complete(self) -> None:
            self.head_open, self.head_bytes = True, 0  # the next request's head starts
            self.completed += 1
            super().on_message_complete()

    return BoundedHttpToolsProtocol
