"""`/assets/{path}`: the built front end's files, kept in memory once read.

The assets have content-hashed names and never change while a server runs. So each file
is read, and gzipped at the highest level when it is text worth it, once: on its first
request, in a worker thread. Every later request is a dict lookup and one write.
Starlette's `StaticFiles` would stat and open the file on every request through anyio's
threads (and load anyio's asyncio backend, 1.3 MB resident, with the first page).

Only regular files inside the assets directory are served; anything else is a 404.
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
from dataclasses import dataclass
from email.utils import formatdate
from pathlib import Path

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from gradio.events.workers import WorkerPool
from gradio.server.compression import accepts_gzip, worth_compressing

CACHE_CONTROL = "public, max-age=31536000, immutable"
"""Hashed names: a browser may keep an asset for a year without asking again."""

MAX_KEPT_BYTES = 64 * 1024 * 1024
"""Memory the kept assets may use; files read beyond it are served but not kept."""


@dataclass(frozen=True, slots=True)
class Asset:
    """One file of the front end, ready to send."""

    body: bytes
    gzipped: bytes | None
    """The gzip body, for text worth compressing."""
    headers: dict[str, str]
    """`content-type`, `etag`, `last-modified`, `cache-control`."""

    @property
    def size(self) -> int:
        return len(self.body) + len(self.gzipped or b"")


class AssetFiles:
    """The assets of one built front end.

    Parameters:
        directory: the `assets` directory of the build.
        workers: the threads that read and compress files.
    """

    def __init__(self, directory: Path, workers: WorkerPool) -> None:
        self.directory = directory
        """The `assets` directory of the build."""
        self._root = directory.resolve() if directory.is_dir() else None
        self._workers = workers
        self._kept: dict[str, Asset] = {}
        self._kept_bytes = 0

    async def serve(self, request: Request) -> Response:
        """Answer `GET`/`HEAD /assets/{path}`."""
        name = request.path_params["path"]
        asset = self._kept.get(name)
        if asset is None:
            path = self._resolve(name)
            if path is None:
                return PlainTextResponse("Not Found", status_code=404)
            asset = await self._workers.run(self._read, path)
            if self._kept_bytes + asset.size <= MAX_KEPT_BYTES and name not in self._kept:
                self._kept[name] = asset
                self._kept_bytes += asset.size
        return _respond(asset, request)

    def _resolve(self, name: str) -> Path | None:
        if self._root is None or "\x00" in name:
            return None
        path = (self._root / name).resolve()
        if not path.is_relative_to(self._root) or not path.is_file():
            return None
        return path

    def _read(self, path: Path) -> Asset:
        """Read (and compress) a file; runs in a worker thread."""
        body = path.read_bytes()
        stat = path.stat()
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if content_type.startswith("text/") or content_type == "application/javascript":
            content_type += "; charset=utf-8"
        compress = worth_compressing(content_type, len(body))
        tag = hashlib.md5(f"{stat.st_mtime}-{stat.st_size}".encode()).hexdigest()
        headers = {
            "content-type": content_type,
            "etag": f'"{tag}"',
            "last-modified": formatdate(stat.st_mtime, usegmt=True),
            "cache-control": CACHE_CONTROL,
        }
        gzipped = gzip.compress(body, compresslevel=9, mtime=0) if compress else None
        return Asset(body, gzipped, headers)


def _respond(asset: Asset, request: Request) -> Response:
    headers = dict(asset.headers)
    body = asset.body
    if asset.gzipped is not None:
        headers["vary"] = "Accept-Encoding"
        if accepts_gzip(request.headers.get("accept-encoding")):
            body = asset.gzipped
            headers["content-encoding"] = "gzip"
            headers["etag"] = headers["etag"][:-1] + '-gzip"'
    if request.headers.get("if-none-match") == headers["etag"]:
        kept = {k: v for k, v in headers.items() if k in ("etag", "cache-control", "vary")}
        return Response(status_code=304, headers=kept)
    if request.method == "HEAD":
        headers["content-length"] = str(len(body))
        return Response(status_code=200, headers=headers)
    return Response(body, headers=headers)
