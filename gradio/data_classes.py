"""`FileData` as an object, as event data hands it to user functions (`gradio.data_classes`).

On the wire and in components a file is a plain dict (`gradio.data.FileData`); where Gradio
gives user code an object with attributes (e.g. `gr.DeletedFileData.file`), this class is it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from gradio.data import FILE_META


@dataclass(kw_only=True)
class FileData:
    """A file: where it is on the server, its URL, name, size and type.

    Parameters:
        path: the server path of the file.
        url: the URL the page and clients fetch it from.
        size: its size in bytes.
        orig_name: the name it had when uploaded.
        mime_type: its MIME type.
        is_stream: whether it is a stream rather than a file.
        meta: `{"_type": "gradio.FileData"}`.
    """

    path: str
    """The server path of the file."""
    url: str | None = None
    """The URL the page and clients fetch it from."""
    size: int | None = None
    """Its size in bytes."""
    orig_name: str | None = None
    """The name it had when uploaded."""
    mime_type: str | None = None
    """Its MIME type."""
    is_stream: bool = False
    """Whether it is a stream rather than a file."""
    meta: dict[str, Any] = field(default_factory=lambda: dict(FILE_META))
    """`{"_type": "gradio.FileData"}`."""

    @classmethod
    def from_payload(cls, payload: Any) -> FileData:
        """The object for a wire FileData dict (unknown keys are ignored)."""
        data = payload if isinstance(payload, dict) else {}
        return cls(
            path=str(data.get("path") or ""),
            url=data.get("url"),
            size=data.get("size"),
            orig_name=data.get("orig_name"),
            mime_type=data.get("mime_type"),
            is_stream=bool(data.get("is_stream", False)),
            meta=dict(data.get("meta") or FILE_META),
        )

    def model_dump(self) -> dict[str, Any]:
        """The wire dict of this file."""
        return asdict(self)
