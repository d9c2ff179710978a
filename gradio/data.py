"""Wire-shaped values: FileData (protocol §9.1) and the JSON schemas `/info` shows for them.

A FileData travels as a dict:
`{"path": ..., "url": ..., "size": ..., "orig_name": ..., "mime_type": ..., "is_stream":
false, "meta": {"_type": "gradio.FileData"}}`. Components produce these with the *local*
path from `postprocess`; the server copies the file into its cache and fills `url`.

The schema texts below (titles, descriptions) are what Gradio 6.31 publishes in its API
info; clients such as `gradio_client` read them, so they are reproduced as data.
"""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path
from typing import Any, TypedDict

FILE_META = {"_type": "gradio.FileData"}
"""The `meta` of every FileData."""


class FileData(TypedDict, total=False):
    """A file on the wire."""

    path: str
    """Server path (local path before caching, cache path after)."""
    url: str | None
    """URL the page and clients fetch the file from."""
    size: int | None
    """Size in bytes."""
    orig_name: str | None
    """The original file name."""
    mime_type: str | None
    """The MIME type."""
    is_stream: bool
    """Whether it is a stream (HLS) rather than a file."""
    meta: dict[str, str]
    """Always `{"_type": "gradio.FileData"}`."""


def file_data(path: str | Path, orig_name: str | None = None) -> FileData:
    """A FileData for a local file (absolute path, `url` left for the server)."""
    text = str(path)
    if is_url(text):
        return {"path": text, "url": text, "orig_name": Path(text).name, "meta": dict(FILE_META)}
    local = Path(text).resolve()
    size = local.stat().st_size if local.is_file() else None
    return {
        "path": str(local),
        "url": None,
        "size": size,
        "orig_name": orig_name or local.name,
        "mime_type": mimetypes.guess_type(local.name)[0],
        "is_stream": False,
        "meta": dict(FILE_META),
    }


def is_file_data(value: Any) -> bool:
    """Whether `value` looks like a FileData dict."""
    return isinstance(value, dict) and "path" in value and isinstance(value.get("path"), str)


def is_url(text: str) -> bool:
    """Whether `text` is an http(s) or data URL rather than a path."""
    return text.startswith(("http://", "https://", "data:"))


def file_path_of(payload: Any, component: str) -> str:
    """The path inside an incoming FileData (or a plain path string); `Error` if malformed."""
    from gradio.exceptions import Error
    from gradio.files.input_guard import client_file

    if isinstance(payload, str):
        return client_file(payload)
    if is_file_data(payload):
        return client_file(str(payload["path"]))
    raise Error(f"{component} expects a file (a FileData with a `path`), got {payload!r}.")


def example_file(url: str) -> dict[str, Any]:
    """An example FileData pointing to a public URL (as Gradio's API docs use)."""
    return {"path": url, "meta": dict(FILE_META), "orig_name": os.path.basename(url), "url": url}


_FILE_DATA_DOC = (
    "The FileData class is a subclass of the GradioModel class that represents a file object"
    " within a Gradio interface. It is used to store file data and metadata when a file is"
    " uploaded.\n\nAttributes:\n    path: The server file path where the file is stored.\n"
    "    url: The normalized server URL pointing to the file.\n    size: The size of the file"
    " in bytes.\n    orig_name: The original filename before upload.\n    mime_type: The MIME"
    " type of the file.\n    is_stream: Indicates whether the file is a stream.\n    meta:"
    " Additional metadata used internally (should not be changed)."
)


def _nullable(kind: str, title: str, **extra: Any) -> dict[str, Any]:
    return {"anyOf": [{"type": kind}, {"type": "null"}], "default": None, **extra, "title": title}


def file_data_meta_schema() -> dict[str, Any]:
    """Schema of FileData's `meta`."""
    return {
        "properties": {"_type": {"const": "gradio.FileData", "title": "Type", "type": "string"}},
        "required": ["_type"],
        "title": "FileDataMeta",
        "type": "object",
    }


def file_data_properties() -> dict[str, Any]:
    """Schema properties of a FileData (meta by reference)."""
    return {
        "path": {"title": "Path", "type": "string"},
        "url": _nullable("string", "Url"),
        "size": _nullable("integer", "Size"),
        "orig_name": _nullable("string", "Orig Name"),
        "mime_type": _nullable("string", "Mime Type"),
        "is_stream": {"default": False, "title": "Is Stream", "type": "boolean"},
        "meta": {"$ref": "#/$defs/FileDataMeta"},
    }


def file_data_definition(with_description: bool = True) -> dict[str, Any]:
    """The `FileData` entry of a `$defs` table."""
    definition: dict[str, Any] = {"description": _FILE_DATA_DOC} if with_description else {}
    definition.update(
        {
            "properties": file_data_properties(),
            "required": ["path"],
            "title": "FileData",
            "type": "object",
        }
    )
    return definition


def file_data_schema() -> dict[str, Any]:
    """`api_info` of a component whose value is one FileData (Audio, Video, File)."""
    return {
        "$defs": {"FileDataMeta": file_data_meta_schema()},
        "properties": file_data_properties(),
        "required": ["path"],
        "title": "FileData",
        "type": "object",
        "additional_description": _FILE_DATA_DOC,
    }


def list_of_file_data_schema() -> dict[str, Any]:
    """`api_info` of a component whose value is a list of FileData (File, multiple)."""
    return {
        "$defs": {"FileData": file_data_definition(), "FileDataMeta": file_data_meta_schema()},
        "items": {"$ref": "#/$defs/FileData"},
        "title": "ListFiles",
        "type": "array",
        "additional_description": None,
    }


def image_data_schema() -> dict[str, Any]:
    """`api_info` of `Image` (an `ImageData` with described, optional fields)."""

    def described(kind: str, title: str, description: str) -> dict[str, Any]:
        return {
            "anyOf": [{"type": kind}, {"type": "null"}],
            "default": None,
            "description": description,
            "title": title,
        }

    return {
        "properties": {
            "path": described("string", "Path", "Path to a local file"),
            "url": described("string", "Url", "Publicly available url or base64 encoded image"),
            "size": described("integer", "Size", "Size of image in bytes"),
            "orig_name": described("string", "Orig Name", "Original filename"),
            "mime_type": described("string", "Mime Type", "mime type of image"),
            "is_stream": {
                "default": False,
                "description": "Can always be set to False",
                "title": "Is Stream",
                "type": "boolean",
            },
            "meta": {
                "additionalProperties": True,
                "default": dict(FILE_META),
                "title": "Meta",
                "type": "object",
            },
        },
        "title": "ImageData",
        "type": "object",
        "additional_description": "A local filepath or publicly available URL.",
    }
