"""Whether a file is of an accepted kind (`file_types=[".png", "image", ...]`)."""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable
from pathlib import Path

from gradio.exceptions import Error


def matches_file_types(path: str, file_types: Iterable[str]) -> bool:
    """Whether `path` is one of `file_types`, as Gradio's upload components judge it.

    An entry is an extension (`".png"`, compared case-insensitively), a MIME kind (`"image"`
    accepts `image/png`, judged from the extension) or `"file"`, which accepts anything.

        matches_file_types("/up/cat.PNG", [".png"])    # True
        matches_file_types("/up/clip.mp4", ["image"])  # False

    Parameters:
        path: the file's path or name.
        file_types: the accepted types.
    """
    suffix = Path(path).suffix.lower()
    mime_type = mimetypes.guess_type(path)[0] or ""
    for kind in file_types:
        if kind == "file":
            return True
        if kind.startswith("."):
            if kind.lower() == suffix:
                return True
        elif mime_type.startswith(f"{kind}/"):
            return True
    return False


def check_file_types(path: str, file_types: Iterable[str] | None) -> None:
    """Refuse a file that is none of `file_types` (if any are set) with Gradio's message.

    Raises:
        Error: the file is of another type.
    """
    if file_types and not matches_file_types(path, file_types):
        raise Error(
            f"Invalid file type. Please upload a file that is one of these formats: {file_types}"
        )
