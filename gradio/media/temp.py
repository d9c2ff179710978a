"""Where components write files they create (the server then copies them to its cache)."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

TEMP_DIR = Path(tempfile.gettempdir()) / "radiogram"
"""Output files made from in-memory values (arrays, images) are written here."""


def temp_file_for(data: bytes, suffix: str) -> Path:
    """Write `data` to a content-addressed file in `TEMP_DIR` and return its path."""
    digest = hashlib.sha256(data).hexdigest()[:32]
    directory = TEMP_DIR / digest
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"output{suffix}"
    if not path.exists():
        path.write_bytes(data)
    return path
