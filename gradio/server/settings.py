"""What `launch()` tells the server, gathered in one value.

`create_app(blocks, settings)` reads only this; `launch` builds it from its keyword
arguments and `mount_gradio_app` from its own. Tests build one directly.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

AuthCallable = Callable[[str, str], bool]
"""A function deciding whether a username/password pair may log in."""

Auth: TypeAlias = AuthCallable | tuple[str, str] | Sequence[tuple[str, str]] | None
"""What `launch(auth=...)` accepts: a checker, one pair, or a list of pairs."""

DEFAULT_MAX_THREADS = 40
"""How many worker threads run synchronous user functions at once (Gradio's default)."""


@dataclass(kw_only=True)
class ServerSettings:
    """Server-wide options, fixed for the life of one app.

    Parameters:
        auth: credentials or a checker; `None` leaves the app open.
        auth_message: HTML shown above the login form.
        allowed_paths: extra files or directories that may be served.
        blocked_paths: files or directories that are never served.
        max_file_size: upload limit in bytes (`None`: unlimited).
        root_path: the public path prefix when served behind a proxy (e.g. `/demo`).
        show_error: send the text of unexpected exceptions to clients.
        max_threads: size of the thread pool for synchronous user functions.
        favicon_path: a file served as `/favicon.ico`.
        ssl: whether the server itself speaks HTTPS (affects cookie and root URLs).
    """

    auth: Auth = None
    """Credentials or a checker; `None` leaves the app open."""
    auth_message: str | None = None
    """HTML shown above the login form."""
    allowed_paths: list[str] = field(default_factory=list)
    """Extra files or directories that may be served."""
    blocked_paths: list[str] = field(default_factory=list)
    """Files or directories that are never served, whatever else allows them."""
    max_file_size: int | None = None
    """Upload limit in bytes; `None` means unlimited."""
    root_path: str = ""
    """The public path prefix behind a reverse proxy, without a trailing slash."""
    show_error: bool = False
    """Whether unexpected exceptions' messages reach clients."""
    max_threads: int = DEFAULT_MAX_THREADS
    """How many synchronous user functions may run at once."""
    favicon_path: str | None = None
    """A file served as `/favicon.ico`."""
    ssl: bool = False
    """Whether the server itself speaks HTTPS."""

    @classmethod
    def from_env(cls, **overrides: object) -> ServerSettings:
        """Settings with `GRADIO_ROOT_PATH` and the like read from the environment.

        Parameters:
            overrides: explicit values, which win over the environment.
        """
        settings = cls(root_path=os.environ.get("GRADIO_ROOT_PATH", ""))
        for name, value in overrides.items():
            setattr(settings, name, value)
        settings.root_path = settings.root_path.rstrip("/")
        return settings
