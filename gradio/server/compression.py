"""gzip for the page and the front end's assets, compressed once and kept.

The first page load is mostly JavaScript and CSS text, which gzip shrinks to a third. The
assets have content-hashed names and never change while a server runs, so each is
compressed once (in a worker thread, at the highest level) on its first request and kept
in memory; the page is compressed per root URL. Responses that stream (the queue's SSE)
or are small are never touched: there is no compressing middleware on the hot path.

    >>> accepts_gzip("gzip, deflate, br")
    True
    >>> accepts_gzip("br;q=1, gzip;q=0")
    False
"""

from __future__ import annotations

import gzip
from collections import OrderedDict
from collections.abc import Hashable

MIN_SIZE = 1024
"""Bodies smaller than this go out as they are (gzip would save next to nothing)."""

COMPRESSIBLE_TYPES = (
    "text/",
    "application/javascript",
    "application/json",
    "application/manifest+json",
    "image/svg+xml",
)
"""Content types worth compressing (fonts and images are compressed already)."""


def accepts_gzip(accept_encoding: str | None) -> bool:
    """Whether an `Accept-Encoding` header allows gzip (and does not give it q=0).

    Parameters:
        accept_encoding: the header value, if any.
    """
    for part in (accept_encoding or "").lower().split(","):
        name, _, params = part.strip().partition(";")
        if name.strip() not in ("gzip", "*"):
            continue
        quality = params.strip().removeprefix("q=")
        try:
            return not params.strip() or float(quality) > 0
        except ValueError:
            return True
    return False


def worth_compressing(content_type: str, size: int) -> bool:
    """Whether a body of this type and size should be sent gzipped."""
    return size >= MIN_SIZE and content_type.startswith(COMPRESSIBLE_TYPES)


class GzipCache:
    """Compressed bodies by key, the least recently used dropped beyond `capacity`.

    Parameters:
        capacity: how many bodies are kept.
        level: the gzip level (9 for assets compressed once, lower for per-request work).
    """

    def __init__(self, capacity: int = 256, level: int = 9) -> None:
        self.capacity = capacity
        """How many bodies are kept."""
        self.level = level
        """The gzip compression level."""
        self._bodies: OrderedDict[Hashable, bytes] = OrderedDict()

    def get(self, key: Hashable) -> bytes | None:
        """The compressed body stored under `key`, if any."""
        body = self._bodies.get(key)
        if body is not None:
            self._bodies.move_to_end(key)
        return body

    def put(self, key: Hashable, compressed: bytes) -> None:
        """Keep a compressed body under `key` (call on the event loop)."""
        self._bodies[key] = compressed
        while len(self._bodies) > self.capacity:
            self._bodies.popitem(last=False)

    def compress(self, body: bytes) -> bytes:
        """`body` gzipped at this cache's level; pure, so it may run in a worker thread."""
        return gzip.compress(body, compresslevel=self.level, mtime=0)
