"""FileData on its way out (cache it, give it a URL) and on its way in (check it, G2).

A FileData is any dict whose `meta._type` is `"gradio.FileData"` (protocol §9.1), found at
any depth inside a payload (lists, tuples, dicts: chat messages, galleries, updates).

Outputs: components put a local path in `path`; `prepare_output_files` checks that a user
function was allowed to return that file (`FileAccess.check_output_source`), copies it into
the cache (files already in the cache or under a static path are used in place), and sets
`path` to the cached path and `url` to `<root>/gradio_api/file=<path>`. It copies files, so
call it off the event loop. http(s) URLs are left as URLs (`url` filled from `path`): we
have no outbound fetcher (G4), the browser loads them directly.

Inputs: a FileData from a client may only name a file the server created (the cache and
upload directories) or a `gr.set_static_paths()` file (examples served in place).
Everything else, URLs included, raises `FileAccessError` before any component sees it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from gradio.files import static_paths
from gradio.files.access import FileAccess, FileAccessError, is_within
from gradio.files.cache import FileCache

API_PREFIX = "/gradio_api"


class FileState(Protocol):
    """What the file helpers need from `app.state`."""

    cache: FileCache
    access: FileAccess


def prepare_output_files(payload: Any, request_root: str, app_state: FileState) -> Any:
    """Return a copy of an output payload with every FileData cached and given a URL.

    Parameters:
        payload: a postprocessed output value (any JSON-like structure).
        request_root: the app's root URL for this request, e.g. `http://127.0.0.1:7860`.
        app_state: the app state holding `cache` and `access`.

    Raises:
        FileAccessError: a function returned a file it may not expose (`reason` says why).
    """
    root = request_root.rstrip("/")

    def prepare(filedata: dict[str, Any]) -> dict[str, Any]:
        path = filedata.get("path")
        if filedata.get("is_stream") or not isinstance(path, str):
            return filedata
        if _is_url(path):
            return {**filedata, "url": filedata.get("url") or path}
        source = app_state.access.check_output_source(path)
        stored = source if _served_in_place(source) else app_state.cache.store_file(source)
        return {**filedata, "path": str(stored), "url": f"{root}{API_PREFIX}/file={stored}"}

    return _map_filedata(payload, prepare)


def validate_input_files(payload: Any, app_state: FileState) -> Any:
    """Check every FileData a client sent; return the payload unchanged if all are allowed.

    Parameters:
        payload: the input value as received (any JSON-like structure).
        app_state: the app state holding `access`.

    Raises:
        FileAccessError: a FileData names a missing file or a file the server did not
            create. URLs pass through unfetched.
    """

    def check(filedata: dict[str, Any]) -> dict[str, Any]:
        path = filedata.get("path")
        if not isinstance(path, str):
            raise FileAccessError(str(path), "FileData without a path; upload the file first")
        check_client_file(path, app_state)
        return filedata

    _map_filedata(payload, check)
    return payload


def check_client_file(path: str, app_state: FileState) -> None:
    """Raise unless a client may name `path`: a file in the cache/upload directories or
    under a `gr.set_static_paths()` entry, that `FileAccess.check` also allows.

    Parameters:
        path: a path (or URL) that arrived from a client.
        app_state: the app state holding `access`.

    Raises:
        FileAccessError: a missing file, or a file the server did not create.
    """
    if _is_url(path):
        # A URL names no server file: it reaches the function as the same string and is
        # never fetched (no SSRF, G4). Refusing it would break a chat whose history holds a
        # URL image the app itself returned.
        return
    access = app_state.access
    resolved = access.check(path)
    in_static = any(is_within(resolved, root) for root in static_paths.registered())
    if not (access.in_cache(path) or in_static):
        raise FileAccessError(path, "not a file this server created; upload it first")


def is_filedata(value: object) -> bool:
    """Whether a value is a FileData dict (`meta._type == "gradio.FileData"`).

    Parameters:
        value: anything found in a payload.
    """
    if not isinstance(value, dict):
        return False
    meta = value.get("meta")
    return isinstance(meta, dict) and meta.get("_type") == "gradio.FileData"


def _map_filedata(value: Any, fn: Any, depth: int = 0) -> Any:
    """Rebuild `value` with `fn` applied to each FileData.

    Nesting deeper than 64 levels is refused rather than skipped, so no FileData can hide
    below the walk.
    """
    if depth > 64:
        raise FileAccessError("<nested value>", "payload nested too deeply to check")
    if is_filedata(value):
        return fn(value)
    if isinstance(value, dict):
        return {key: _map_filedata(item, fn, depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [_map_filedata(item, fn, depth + 1) for item in value]
    if isinstance(value, tuple):
        return tuple(_map_filedata(item, fn, depth + 1) for item in value)
    return value


def _served_in_place(resolved: Path) -> bool:
    return any(is_within(resolved, root) for root in static_paths.registered())


def _is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))
