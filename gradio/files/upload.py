"""Streaming multipart uploads: parse, size-limit and store parts straight into the cache.

The body is read chunk by chunk from the ASGI stream; each chunk is fed to the
`python_multipart` state machine in a worker thread, whose callbacks hash and write file
parts into the cache, so neither parsing nor disk I/O runs on the event loop and nothing is
held in memory. Limits (security.md G10) are checked as bytes arrive: file count, field
count, per-part header count and size, boundary length, non-file field size and
`max_file_size`.

Only parts named `files` that carry a filename are stored (Gradio's field name); any other
part is read, size-checked and dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import re
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import anyio
import anyio.to_thread
from python_multipart.multipart import MultipartParser, parse_options_header

from gradio.files.cache import FileCache

if TYPE_CHECKING:
    from python_multipart.multipart import MultipartCallbacks

DRAIN_LIMIT = 64 * 1024 * 1024
"""After a refusal, read and discard at most this much more of the body, so ordinary clients
still see the error response rather than a reset connection."""


@dataclass(frozen=True, kw_only=True)
class UploadLimits:
    """Caps applied while a multipart body is parsed."""

    max_file_size: int | None = None
    """Largest single file in bytes (`launch(max_file_size=)`); None is unlimited."""
    max_files: int = 1000
    """Most file parts per request."""
    max_fields: int = 1000
    """Most non-file parts per request."""
    max_field_size: int = 1024 * 1024
    """Largest non-file part in bytes."""
    max_headers_per_part: int = 16
    """Most header lines in one part."""
    max_header_bytes: int = 16 * 1024
    """Largest total header size of one part, in bytes."""
    max_boundary_length: int = 200
    """Longest accepted boundary (RFC 2046 allows 70)."""
    idle_timeout: float | None = None
    """Seconds to wait for the next chunk of the body before answering 408; None waits."""


class UploadError(Exception):
    """An upload was refused; `status_code` and `message` form the HTTP answer."""

    def __init__(self, message: str, status_code: int = 400) -> None:
        self.message = message
        """Plain-text explanation sent to the client."""
        self.status_code = status_code
        """HTTP status: 400 malformed or over a count cap, 413 over a size cap."""
        super().__init__(message)


def parse_size(value: int | str | None) -> int | None:
    """Turn `launch(max_file_size=...)` into bytes: an int, or a string like `"5mb"`, `"1 GB"`.

    Parameters:
        value: bytes as an int, a size string with b/kb/mb/gb/tb (powers of 1024), or None.

    Raises:
        ValueError: the string is not a size.
    """
    if value is None or isinstance(value, int):
        return value
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?b)?\s*", value.lower())
    if not match:
        raise ValueError(f"Invalid file size: {value!r}. Use an int or a string like '5mb'.")
    units = {"b": 0, "kb": 1, "mb": 2, "gb": 3, "tb": 4}
    return int(float(match.group(1)) * 1024 ** units[match.group(2) or "b"])


def multipart_boundary(content_type: str, limits: UploadLimits) -> bytes:
    """The boundary of a `multipart/form-data` content type, or raise `UploadError`.

    Parameters:
        content_type: the request's Content-Type header.
        limits: where the boundary length cap comes from.
    """
    kind, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise UploadError("Invalid content type.")
    if len(boundary) > limits.max_boundary_length:
        raise UploadError("Multipart boundary too long.")
    return boundary


@dataclass
class UploadProgress:
    """Bytes received per file for one `upload_id`, drained by the progress stream."""

    pending: list[tuple[str, int]] = field(default_factory=list)
    """(original filename, bytes) received since the last drain, in order."""
    done: bool = False
    """Whether the upload finished (successfully or not)."""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, name: str, size: int) -> None:
        """Record `size` more bytes of file `name` (called from the parser thread)."""
        with self.lock:
            if self.pending and self.pending[-1][0] == name:
                self.pending[-1] = (name, self.pending[-1][1] + size)
            else:
                self.pending.append((name, size))

    def drain(self) -> list[tuple[str, int]]:
        """Take the updates recorded since the last call."""
        with self.lock:
            taken, self.pending = self.pending, []
            return taken


class UploadTracker:
    """The progress of uploads in flight, by `upload_id` (one per app)."""

    def __init__(self, keep_seconds: float = 60.0) -> None:
        self._progress: dict[str, tuple[UploadProgress, float]] = {}
        self._keep = keep_seconds

    def start(self, upload_id: str) -> UploadProgress:
        """Begin tracking an upload; forgets finished uploads older than `keep_seconds`."""
        now = time.monotonic()
        for key, (progress, started) in list(self._progress.items()):
            if progress.done and now - started > self._keep:
                del self._progress[key]
        progress = UploadProgress()
        self._progress[upload_id] = (progress, now)
        return progress

    def get(self, upload_id: str) -> UploadProgress | None:
        """The progress of an upload, if it has started."""
        entry = self._progress.get(upload_id)
        return entry[0] if entry else None

    def stop(self, upload_id: str) -> None:
        """Forget an upload (its progress stream ended)."""
        self._progress.pop(upload_id, None)

    async def wait_for(self, upload_id: str, timeout: float) -> UploadProgress | None:
        """Wait up to `timeout` seconds for an upload to start (the browser races them)."""
        deadline = time.monotonic() + timeout
        while (progress := self.get(upload_id)) is None and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        return progress


async def receive_upload(
    chunks: AsyncIterator[bytes],
    content_type: str,
    cache: FileCache,
    limits: UploadLimits,
    progress: UploadProgress | None = None,
) -> list[Path]:
    """Parse a multipart body and store its `files` parts in the cache.

    Parameters:
        chunks: the request body stream.
        content_type: the request's Content-Type header (holds the boundary).
        cache: where files are stored.
        limits: the caps to enforce.
        progress: receives per-file byte counts as they arrive, if given.

    Returns:
        The cached path of each stored file, in part order.

    Raises:
        UploadError: malformed body or a cap exceeded (no partial file is left behind).
    """
    boundary = multipart_boundary(content_type, limits)
    sink = _PartSink(cache, limits, progress)
    parser = MultipartParser(boundary, sink.callbacks())
    try:
        async for chunk in _with_idle_timeout(chunks, limits.idle_timeout):
            await anyio.to_thread.run_sync(_feed, parser, chunk)
        await anyio.to_thread.run_sync(parser.finalize)
        if not sink.finished:
            raise UploadError("Malformed multipart body.")
    except UploadError as error:
        sink.discard()
        if error.status_code != 408:  # a silent client gets its answer without waiting more
            await _drain(chunks)
        raise
    except Exception as error:  # the parser's own errors, of several types
        sink.discard()
        raise UploadError("Malformed multipart body.") from error
    finally:
        if progress is not None:
            progress.done = True
    return sink.stored


async def _with_idle_timeout(
    chunks: AsyncIterator[bytes], timeout: float | None
) -> AsyncIterator[bytes]:
    """The chunks, raising a 408 `UploadError` if the next one takes over `timeout` seconds."""
    iterator = aiter(chunks)
    while True:
        try:
            with anyio.fail_after(timeout):
                chunk = await anext(iterator)
        except StopAsyncIteration:
            return
        except TimeoutError:
            raise UploadError("Upload timed out waiting for data.", 408) from None
        yield chunk


def _feed(parser: MultipartParser, chunk: bytes) -> None:
    parser.write(chunk)


async def _drain(chunks: AsyncIterator[bytes]) -> None:
    read = 0
    with contextlib.suppress(Exception):
        async for chunk in chunks:
            read += len(chunk)
            if read > DRAIN_LIMIT:
                return


class _PartSink:
    """Parser callbacks: collects headers, writes file parts, enforces the caps."""

    def __init__(
        self, cache: FileCache, limits: UploadLimits, progress: UploadProgress | None
    ) -> None:
        self.cache = cache
        self.limits = limits
        self.progress = progress
        self.stored: list[Path] = []
        self.finished = False
        self.files = 0
        self.fields = 0
        self._header_field = bytearray()
        self._header_value = bytearray()
        self._headers: list[tuple[bytes, bytes]] = []
        self._header_bytes = 0
        self._name: str | None = None
        self._filename: str | None = None
        self._size = 0
        self._handle: BinaryIO | None = None
        self._partial: Path | None = None
        self._digest: hashlib.blake2b | None = None

    def callbacks(self) -> MultipartCallbacks:
        return {
            "on_part_begin": self.on_part_begin,
            "on_header_field": self.on_header_field,
            "on_header_value": self.on_header_value,
            "on_header_end": self.on_header_end,
            "on_headers_finished": self.on_headers_finished,
            "on_part_data": self.on_part_data,
            "on_part_end": self.on_part_end,
            "on_end": self.on_end,
        }

    def on_part_begin(self) -> None:
        self._headers = []
        self._header_bytes = 0
        self._name = self._filename = None
        self._size = 0

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._count_header(end - start)
        self._header_field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._count_header(end - start)
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        if len(self._headers) >= self.limits.max_headers_per_part:
            raise UploadError("Too many headers in a multipart part.")
        self._headers.append((bytes(self._header_field).lower(), bytes(self._header_value)))
        self._header_field.clear()
        self._header_value.clear()

    def on_headers_finished(self) -> None:
        disposition = dict(self._headers).get(b"content-disposition", b"")
        _, params = parse_options_header(disposition)
        self._name = params.get(b"name", b"").decode("utf-8", "replace")
        filename = params.get(b"filename")
        if filename is not None:
            self._filename = filename.decode("utf-8", "replace")
            self.files += 1
            if self.files > self.limits.max_files:
                raise UploadError(
                    f"Too many files. Maximum number of files is {self.limits.max_files}."
                )
            if self._name == "files":
                self._partial, self._handle = self.cache.partial_file()
                self._digest = self.cache.hasher()
        else:
            self.fields += 1
            if self.fields > self.limits.max_fields:
                raise UploadError(
                    f"Too many fields. Maximum number of fields is {self.limits.max_fields}."
                )

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        self._size += end - start
        if self._filename is None:
            if self._size > self.limits.max_field_size:
                raise UploadError("Form field too large.", 413)
            return
        max_size = self.limits.max_file_size
        if max_size is not None and self._size > max_size:
            raise UploadError(f"File size exceeded maximum allowed size of {max_size} bytes.", 413)
        if self._handle is not None and self._digest is not None:
            chunk = data[start:end]
            self._handle.write(chunk)
            self._digest.update(chunk)
            if self.progress is not None:
                self.progress.add(self._filename, end - start)

    def on_part_end(self) -> None:
        if self._handle is None or self._partial is None or self._digest is None:
            return
        self._handle.close()
        name = self._filename or "file"
        self.stored.append(self.cache.commit(self._partial, self._digest.hexdigest(), name))
        self._handle = self._partial = self._digest = None

    def on_end(self) -> None:
        self.finished = True

    def discard(self) -> None:
        """Remove the part being written (completed parts stay: they are valid cache files)."""
        if self._handle is not None:
            self._handle.close()
        if self._partial is not None:
            self._partial.unlink(missing_ok=True)
        self._handle = self._partial = self._digest = None

    def _count_header(self, size: int) -> None:
        self._header_bytes += size
        if self._header_bytes > self.limits.max_header_bytes:
            raise UploadError("Multipart part headers too large.")
