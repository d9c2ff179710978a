"""File routes: `POST P/upload`, `GET P/upload_progress`, `GET|HEAD P/file={path}` (§9).

Register `serve_file` as `Route("/gradio_api/file={path:path}", ...)` and
`Route("/gradio_api/file/{path:path}", ...)` with methods GET and HEAD: it reads the
`path` path parameter.
"""

from __future__ import annotations

import asyncio
import json
import mimetypes
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    JSONResponse,
    PlainTextResponse,
    Response,
)

from gradio.files.access import FileAccess, FileAccessError
from gradio.files.cache import FileCache
from gradio.files.upload import (
    UploadError,
    UploadLimits,
    UploadTracker,
    parse_size,
    receive_upload,
)
from gradio.server.auth import unauthenticated_response
from gradio.server.event_stream import EventStreamResponse

INLINE_TYPES = frozenset(
    {
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "image/avif",
        "image/bmp",
        "image/x-icon",
        "image/vnd.microsoft.icon",
        "audio/mpeg",
        "audio/wav",
        "audio/x-wav",
        "audio/wave",
        "audio/ogg",
        "audio/webm",
        "audio/flac",
        "audio/x-flac",
        "audio/aac",
        "audio/mp4",
        "video/mp4",
        "video/webm",
        "video/ogg",
        "video/quicktime",
        "text/plain",
        "application/json",
    }
)
"""Types shown inline (G8). Everything else, HTML included, is an octet-stream attachment:
a user's upload must never run as script on the app's origin."""

SANDBOXED_TYPES = frozenset({"image/svg+xml"})
"""Active image types shown inline only under a sandboxing CSP: an `<img>` never runs an
SVG's scripts, and opened on its own the document gets a unique origin with scripts off."""

SANDBOX_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"

DEFAULT_MAX_FILE_SIZE = 10 * 1024**3
"""Cap used when `launch(max_file_size=None)`: Gradio has none, G10 wants one; 10 GiB keeps
real uploads working while a single request cannot fill an ordinary disk."""

UPLOAD_IDLE_SECONDS = 60.0
"""An upload that sends no bytes for this long is answered 408 and closed (G10: a client
trickling a body must not hold a connection and a partial file forever)."""

PROGRESS_POLL_SECONDS = 0.05
PROGRESS_HEARTBEAT_SECONDS = 15.0
PROGRESS_WAIT_SECONDS = 3.0


async def upload(request: Request) -> Response:
    """`POST P/upload[?upload_id=ID]`: store every `files` part; answer the list of paths."""
    if (denied := unauthenticated_response(request)) is not None:
        return denied
    content_type = request.headers.get("content-type", "")
    if not content_type.lower().startswith("multipart/form-data"):
        return JSONResponse({"detail": "Invalid content type."}, status_code=400)
    upload_id = request.query_params.get("upload_id")
    progress = _tracker(request).start(upload_id[:128]) if upload_id else None
    limits = UploadLimits(max_file_size=_max_file_size(request), idle_timeout=UPLOAD_IDLE_SECONDS)
    try:
        stored = await receive_upload(
            request.stream(), content_type, _cache(request), limits, progress
        )
    except UploadError as error:
        if error.message == "Invalid content type.":
            return JSONResponse({"detail": error.message}, status_code=400)
        return PlainTextResponse(error.message, status_code=error.status_code)
    return JSONResponse([str(path) for path in stored])


async def upload_progress(request: Request) -> Response:
    """`GET P/upload_progress?upload_id=ID`: SSE of bytes received per file, then `done`."""
    if (denied := unauthenticated_response(request)) is not None:
        return denied
    upload_id = request.query_params.get("upload_id", "")[:128]
    tracker = _tracker(request)
    progress = await tracker.wait_for(upload_id, PROGRESS_WAIT_SECONDS) if upload_id else None
    if progress is None:
        return PlainTextResponse("Upload not found", status_code=404)

    async def events() -> AsyncIterator[str]:
        last_sent = time.monotonic()
        if progress.done:  # finished before the stream opened: only `done`, as Gradio does
            progress.drain()
        try:
            while True:
                finished = progress.done
                for name, size in progress.drain():
                    last_sent = time.monotonic()
                    yield _sse({"msg": "update", "orig_name": name, "chunk_size": size})
                if finished:
                    yield _sse({"msg": "done"})
                    return
                if time.monotonic() - last_sent > PROGRESS_HEARTBEAT_SECONDS:
                    last_sent = time.monotonic()
                    yield _sse({"msg": "heartbeat"})
                await asyncio.sleep(PROGRESS_POLL_SECONDS)
        finally:
            tracker.stop(upload_id)

    return EventStreamResponse(events(), media_type="text/event-stream")


async def serve_file(request: Request) -> Response:
    """`GET|HEAD P/file={path}`: a file that passes `FileAccess.check`, else the same 403."""
    if (denied := unauthenticated_response(request)) is not None:
        return denied
    requested = str(request.path_params.get("path", ""))
    access: FileAccess = request.app.state.access
    try:
        resolved = access.check(requested)
        stat_result = resolved.stat()
    except (FileAccessError, OSError):
        return JSONResponse({"detail": str(FileAccessError(requested))}, status_code=403)
    return file_response(resolved, stat_result)


def file_response(path: Path, stat_result: os.stat_result | None = None) -> Response:
    """A ranged, cache-validated response for an already-checked file (G8 content types).

    Parameters:
        path: a resolved path returned by `FileAccess.check`.
        stat_result: its `stat()`, if already taken.
    """
    guessed = mimetypes.guess_type(path.name)[0]
    sandboxed = guessed in SANDBOXED_TYPES
    inline = guessed in INLINE_TYPES or sandboxed
    media_type = guessed if inline and guessed else "application/octet-stream"
    disposition = content_disposition("inline" if inline else "attachment", path.name)
    headers = {"content-disposition": disposition, "x-content-type-options": "nosniff"}
    if sandboxed:
        headers["content-security-policy"] = SANDBOX_POLICY
    return _BoundedFileResponse(
        path, headers=headers, media_type=media_type, stat_result=stat_result
    )


def content_disposition(kind: str, filename: str) -> str:
    """A Content-Disposition value that no filename can break out of.

    Plain printable ASCII without quotes or backslashes goes in `filename="..."`; anything
    else is percent-encoded in `filename*=utf-8''...` (RFC 6266).

    Parameters:
        kind: `inline` or `attachment`.
        filename: the name to suggest.
    """
    plain = all(32 <= ord(ch) < 127 and ch not in '"\\' for ch in filename)
    if plain:
        return f'{kind}; filename="{filename}"'
    return f"{kind}; filename*=utf-8''{quote(filename, safe='')}"


class _BoundedFileResponse(FileResponse):
    """At most 16 ranges per request (G10: bounded Range handling)."""

    max_ranges = 16


def _sse(message: dict[str, object]) -> str:
    return f"data: {json.dumps(message)}\n\n"


def _cache(request: Request) -> FileCache:
    cache: FileCache = request.app.state.cache
    return cache


def _tracker(request: Request) -> UploadTracker:
    state = request.app.state
    tracker: UploadTracker | None = getattr(state, "upload_tracker", None)
    if tracker is None:
        tracker = UploadTracker()
        state.upload_tracker = tracker
    return tracker


def _max_file_size(request: Request) -> int:
    settings = getattr(request.app.state, "settings", None)
    value = getattr(settings, "max_file_size", None)
    if value is None:
        blocks = getattr(request.app.state, "blocks", None)
        value = getattr(blocks, "max_file_size", None)
    return parse_size(value) or DEFAULT_MAX_FILE_SIZE
