"""The content-addressed cache where uploads and function outputs live.

Layout: `<root>/<64-hex digest>/<safe original name>`. The digest is a keyed BLAKE2b of the
content (key chosen per `FileCache`), so the same bytes land in the same directory for the
life of the process, while a client that knows some content cannot predict where another
user's upload of it lives. The root is `GRADIO_TEMP_DIR`, or `<system tmp>/gradio`.

Writes go to `<root>/.partial/<random>` first and are renamed into place, so a reader never
sees half a file at its final path.

URLs are never fetched: radiogram has no outbound fetcher (security.md G4), so a FileData
whose `path` is an http(s) URL is passed through untouched by `files/processing.py`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import shutil
import tempfile
import threading
import time
import unicodedata
from pathlib import Path
from typing import BinaryIO

MAX_NAME_BYTES = 200
"""Longest stored filename, in UTF-8 bytes (file systems commonly allow 255)."""

_COPY_CHUNK = 1 << 20


def default_cache_root() -> Path:
    """`GRADIO_TEMP_DIR` if set, else `<system temp dir>/gradio`."""
    configured = os.environ.get("GRADIO_TEMP_DIR")
    if configured:
        return Path(configured)
    return Path(tempfile.gettempdir()) / "gradio"


class FileCache:
    """Stores files by content under one root directory and remembers what it stored.

    Parameters:
        root: the cache directory (created if missing); default `default_cache_root()`.
    """

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        chosen = Path(root) if root is not None else default_cache_root()
        chosen.mkdir(parents=True, exist_ok=True)
        self.root: Path = Path(os.path.realpath(chosen))
        """The resolved cache directory; uploads and outputs live beneath it."""
        self._key = secrets.token_bytes(32)
        self._lock = threading.Lock()
        self._created: set[Path] = set()

    def hasher(self) -> hashlib.blake2b:
        """A fresh keyed hash; feed it the content, then pass it to `commit`."""
        return hashlib.blake2b(key=self._key, digest_size=32)

    def partial_file(self) -> tuple[Path, BinaryIO]:
        """Open a new private temporary file inside the cache for streaming a write."""
        partial_dir = self.root / ".partial"
        partial_dir.mkdir(exist_ok=True)
        path = partial_dir / secrets.token_hex(16)
        handle = open(path, "xb")  # noqa: SIM115 - the caller closes it
        return path, handle

    def commit(self, partial: Path, digest: str, name: str) -> Path:
        """Move a finished partial file to `<root>/<digest>/<safe name>` and return that path.

        If the same content is already stored under that name, the partial file is dropped.

        Parameters:
            partial: a closed file from `partial_file`.
            digest: the hex digest of its content (`hasher().hexdigest()`).
            name: the original filename (sanitised here).
        """
        target_dir = self.root / digest
        target_dir.mkdir(exist_ok=True)
        target = target_dir / safe_filename(name)
        if target.exists():
            partial.unlink(missing_ok=True)
        else:
            os.replace(partial, target)
        with self._lock:
            self._created.add(target)
        return target

    def store_bytes(self, data: bytes, name: str) -> Path:
        """Store bytes under their digest and return the cached path.

        Parameters:
            data: the content.
            name: the original filename.
        """
        digest = self.hasher()
        digest.update(data)
        partial, handle = self.partial_file()
        with handle:
            handle.write(data)
        return self.commit(partial, digest.hexdigest(), name)

    def store_file(self, source: str | os.PathLike[str], name: str | None = None) -> Path:
        """Copy a local file into the cache (files already inside are returned as they are).

        The caller has already decided the source may be read (`FileAccess`).

        Parameters:
            source: the file to copy.
            name: the stored name; default the source's own name.
        """
        source_path = Path(source)
        resolved = Path(os.path.realpath(source_path))
        if resolved.parts[: len(self.root.parts)] == self.root.parts:
            return resolved
        digest = self.hasher()
        partial, handle = self.partial_file()
        with handle, open(resolved, "rb") as reader:
            while chunk := reader.read(_COPY_CHUNK):
                digest.update(chunk)
                handle.write(chunk)
        return self.commit(partial, digest.hexdigest(), name or source_path.name)

    def created_files(self) -> set[Path]:
        """Every file this cache object stored (a copy)."""
        with self._lock:
            return set(self._created)

    def delete_created(self, older_than: float | None = None) -> int:
        """Delete files this cache stored, optionally only those older than some seconds.

        This is the `delete_cache=(frequency, age)` hook: the server calls it every
        `frequency` seconds with `older_than=age`, and once with `None` when the app closes.
        Empty digest directories are removed too. Returns how many files were deleted.

        Parameters:
            older_than: only delete files whose modification time is this many seconds ago
                or more; None deletes them all.
        """
        now = time.time()
        deleted = 0
        for path in self.created_files():
            with contextlib.suppress(FileNotFoundError):
                if older_than is not None and now - path.stat().st_mtime < older_than:
                    continue
                path.unlink()
                deleted += 1
            with self._lock:
                self._created.discard(path)
            with contextlib.suppress(OSError):
                path.parent.rmdir()
        return deleted

    def clear(self) -> None:
        """Remove the whole cache directory (tests and temporary apps only)."""
        shutil.rmtree(self.root, ignore_errors=True)
        with self._lock:
            self._created.clear()


async def evict_periodically(cache: FileCache, frequency: float, age: float) -> None:
    """The `Blocks(delete_cache=(frequency, age))` loop: run it as a task, cancel it on close.

    Every `frequency` seconds, files this cache stored more than `age` seconds ago are
    deleted (in a worker thread). On close the server also calls `cache.delete_created()`.

    Parameters:
        cache: the app's cache.
        frequency: seconds between sweeps.
        age: minimum age in seconds of the files deleted.
    """
    import anyio
    import anyio.to_thread

    while True:
        await anyio.sleep(frequency)
        await anyio.to_thread.run_sync(cache.delete_created, age)


def safe_filename(name: str) -> str:
    """A filename that cannot leave its directory or break a file system.

    Keeps the last path segment (either separator), drops control characters, refuses
    `.`/`..`/empty (→ `file`), and trims to `MAX_NAME_BYTES` UTF-8 bytes while keeping a short
    extension. Spaces, parentheses and non-ASCII letters are kept, as Gradio keeps them.

    Parameters:
        name: a client- or developer-supplied filename.
    """
    base = re.split(r"[\\/]", name)[-1]
    base = unicodedata.normalize("NFC", base)
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip()
    if base in {"", ".", ".."}:
        return "file"
    if len(base.encode()) <= MAX_NAME_BYTES:
        return base
    stem, dot, ext = base.rpartition(".")
    suffix = f".{ext}" if dot and stem and len(ext.encode()) <= 16 else ""
    stem_text = stem if suffix else base
    budget = MAX_NAME_BYTES - len(suffix.encode())
    trimmed = stem_text.encode()[:budget].decode(errors="ignore")
    return trimmed + suffix
