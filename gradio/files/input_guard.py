"""The check on every server path a client names, applied where components read it (G2).

`validate_input_files` catches FileData that say what they are (`meta._type`). A client can
also name a file without saying so: a plain string where a `gr.File` expects FileData, a
FileData without (or with another) `meta`, a file part of a chat message, the `files` of a
MultimodalTextbox. Components turn all of these into paths through one funnel
(`gradio.data.file_path_of`, the Chatbot's message reader), and that funnel calls
`client_file(path)`.

While the server preprocesses an event's inputs it installs its rules with
`checking_client_files(app_state)`; outside a server (a component used directly from
Python) there is no client, and `client_file` lets every path through.

    with checking_client_files(app_state):
        component.preprocess({"path": "/etc/passwd"})   # raises FileAccessError
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any

_check: ContextVar[Callable[[str], None] | None] = ContextVar("client_file_check", default=None)


@contextlib.contextmanager
def checking_client_files(app_state: Any) -> Iterator[None]:
    """Within this block, `client_file` applies the server's rules for client file paths.

    Parameters:
        app_state: the Starlette app state holding `access` (see `files/processing.py`).
    """
    from gradio.files.processing import check_client_file

    def check(path: str) -> None:
        check_client_file(path, app_state)

    token = _check.set(check)
    try:
        yield
    finally:
        _check.reset(token)


def client_file(path: str) -> str:
    """Return `path` if the client may name it; raise `FileAccessError` otherwise.

    Parameters:
        path: a path (or URL) that arrived from a client in an input value.
    """
    check = _check.get()
    if check is not None:
        check(path)
    return path


def client_files_in(value: Any) -> None:
    """Check every `{"path": str}` found in `value` (lists and dicts, 64 levels deep).

    Parameters:
        value: an input value that may embed file references (a chat component part).
    """
    if _check.get() is None:
        return
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > 64:
            from gradio.files.access import FileAccessError

            raise FileAccessError("<nested value>", "value nested too deeply to check")
        if isinstance(item, dict):
            path = item.get("path")
            if isinstance(path, str):
                client_file(path)
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend((child, depth + 1) for child in item)
