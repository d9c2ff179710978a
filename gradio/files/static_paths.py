"""`gr.set_static_paths`: directories and files served in place, for every app in the process.

Files under a static path are served by `/gradio_api/file=` without being copied into the
cache (and file outputs from there are not copied either). Blocked paths still win.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

_lock = threading.Lock()
_paths: list[Path] = []


def set_static_paths(paths: str | Path | list[str | Path]) -> None:
    """Serve these files or directories in place, for every app in this process.

    Calling it again adds to the earlier paths (Gradio 6 behaviour). Call it before
    `launch()`; a directory exposes everything beneath it, so pick narrow ones.

    Parameters:
        paths: one path or a list of paths; relative paths are resolved against the
            current working directory now.
    """
    items = paths if isinstance(paths, list) else [paths]
    resolved = [Path(os.path.realpath(os.path.abspath(os.fspath(p)))) for p in items]
    with _lock:
        for path in resolved:
            if path not in _paths:
                _paths.append(path)


def registered() -> list[Path]:
    """The resolved static paths registered so far (a copy)."""
    with _lock:
        return list(_paths)


def clear_static_paths() -> None:
    """Forget every static path (for tests and embedding hosts that reload apps)."""
    with _lock:
        _paths.clear()
