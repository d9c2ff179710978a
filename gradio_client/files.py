"""Files on the wire: marking inputs (`handle_file`), uploading them, downloading outputs.

A file travels as a FileData object, recognised anywhere inside a value by
`meta._type == "gradio.FileData"`. Inputs marked with `handle_file` are uploaded to
`P/upload` (one request per file, streamed from disk) and replaced by the server path;
file outputs are downloaded, streamed to disk, into `<download dir>/<sha256>/<name>`.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import urllib.parse
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypedDict

import httpx

FILE_DATA_TYPE = "gradio.FileData"


class FileData(TypedDict, total=False):
    """A file as it travels on the wire."""

    path: str
    """Server path (outputs, uploaded inputs) or local path/URL (inputs before upload)."""
    url: str | None
    """Where the server serves the file."""
    size: int | None
    """Bytes, when known."""
    orig_name: str | None
    """The file's display name."""
    mime_type: str | None
    """MIME type, when known."""
    is_stream: bool
    """True for streamed media (HLS playlists)."""
    meta: dict[str, Any]
    """`{"_type": "gradio.FileData"}`."""


def handle_file(filepath_or_url: str | Path) -> FileData:
    """Mark a local file or a URL as a file input, to be uploaded (local) or passed on (URL).

    Parameters:
        filepath_or_url: a path on this machine or an `http(s)://` URL.
    """
    text = str(filepath_or_url)
    data: FileData = {"path": text, "meta": {"_type": FILE_DATA_TYPE}}
    if is_url(text):
        data["orig_name"] = text.rsplit("/", maxsplit=1)[-1]
        data["url"] = text
        return data
    if Path(text).exists():
        data["orig_name"] = Path(text).name
        return data
    raise ValueError(f"File {text} does not exist on local filesystem and is not a valid URL.")


def file(filepath_or_url: str | Path) -> FileData:
    """Deprecated spelling of `handle_file`.

    Parameters:
        filepath_or_url: a path on this machine or an `http(s)://` URL.
    """
    warnings.warn(
        "file() is deprecated and will be removed in a future version. Use handle_file() instead.",
        DeprecationWarning,
        stacklevel=2,
    )
    return handle_file(filepath_or_url)


def is_url(text: str) -> bool:
    """Whether a string is an `http(s)://` URL."""
    return text.startswith(("http://", "https://"))


def is_file_data(value: Any) -> bool:
    """Whether a value is a FileData object (a dict with the FileData marker)."""
    return (
        isinstance(value, dict)
        and "path" in value
        and isinstance(value.get("meta"), dict)
        and value["meta"].get("_type") == FILE_DATA_TYPE
    )


def map_files(value: Any, fn: Callable[[dict[str, Any]], Any]) -> Any:
    """A copy of a value with every FileData object inside it replaced by `fn(file)`.

    Parameters:
        value: any JSON-like value (lists, tuples and dicts are walked).
        fn: what to put in place of each FileData.
    """
    if is_file_data(value):
        return fn(value)
    if isinstance(value, dict):
        return {key: map_files(item, fn) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [map_files(item, fn) for item in value]
    return value


class FileTransfer:
    """Uploads file inputs to, and downloads file outputs from, one server.

    Parameters:
        http: the client's HTTP connection pool.
        api_url: `ROOT + P + "/"`, e.g. `http://127.0.0.1:7860/gradio_api/`.
        max_file_size: the app's upload limit in bytes, if any.
    """

    def __init__(self, http: httpx.Client, api_url: str, max_file_size: int | None) -> None:
        self.http = http
        self.api_url = api_url
        self.max_file_size = max_file_size

    def upload_inputs(self, value: Any) -> Any:
        """Upload every local file marked in a value; return the value with server paths."""
        return map_files(value, self._upload_one)

    def download_outputs(self, value: Any, directory: str | Path) -> Any:
        """Download every file in a value into `directory`; return it with local paths."""
        return map_files(value, lambda data: self._download_one(data, Path(directory)))

    def _upload_one(self, data: dict[str, Any]) -> dict[str, Any]:
        path = str(data["path"])
        if is_url(path):
            return data
        size = os.path.getsize(path)
        if self.max_file_size is not None and size > self.max_file_size:
            raise ValueError(
                f"File {path} exceeds the maximum file size of {self.max_file_size} bytes "
                "set by the app."
            )
        name = Path(path).name
        with open(path, "rb") as stream:
            response = self.http.post(self.api_url + "upload", files=[("files", (name, stream))])
        if response.status_code == 413:
            raise ValueError(f"The server refused {path}: {response.text}")
        response.raise_for_status()
        return {"path": response.json()[0], "orig_name": name, "meta": {"_type": FILE_DATA_TYPE}}

    def _download_one(self, data: dict[str, Any], directory: Path) -> str:
        url = data.get("url")
        if data.get("is_stream") and url:
            source = url if is_url(url) else urllib.parse.urljoin(self.api_url, url)
            name = Path(urllib.parse.urlparse(source).path).name
        elif is_url(str(data["path"])):
            source = str(data["path"])
            name = Path(urllib.parse.urlparse(source).path).name
        else:
            source = self.api_url + "file=" + urllib.parse.quote(str(data["path"]), safe="/:")
            name = Path(str(data["path"])).name
        directory.mkdir(parents=True, exist_ok=True)
        partial = directory / f".partial-{secrets.token_hex(8)}"
        digest = hashlib.sha256()
        try:
            with self.http.stream("GET", source, follow_redirects=True) as response:
                response.raise_for_status()
                with open(partial, "wb") as out:
                    for chunk in response.iter_bytes(chunk_size=256 * 1024):
                        digest.update(chunk)
                        out.write(chunk)
            target = directory / digest.hexdigest() / (name or "file")
            target.parent.mkdir(exist_ok=True)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        return str(target.resolve())
