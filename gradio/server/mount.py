"""`gr.mount_gradio_app`: serve a Gradio app inside your own FastAPI or Starlette app.

    app = FastAPI()
    app = gr.mount_gradio_app(app, demo, path="/demo")

The Gradio app becomes a sub-application at `path`; its `root` and file URLs include
that path (Starlette passes it as the ASGI `root_path`).
"""

from __future__ import annotations

from typing import Any

from gradio.files.upload import parse_size
from gradio.server.app import create_app
from gradio.server.settings import DEFAULT_MAX_THREADS, ServerSettings


def mount_gradio_app(
    app: Any,
    blocks: Any,
    path: str,
    *,
    auth: Any = None,
    auth_message: str | None = None,
    allowed_paths: list[str] | None = None,
    blocked_paths: list[str] | None = None,
    favicon_path: str | None = None,
    show_error: bool = True,
    max_file_size: str | int | None = None,
    max_threads: int = DEFAULT_MAX_THREADS,
    root_path: str | None = None,
    **kwargs: Any,
) -> Any:
    """Mount `blocks` into a FastAPI/Starlette `app` at `path` and return `app`.

    Parameters:
        app: the parent FastAPI or Starlette app.
        blocks: the Gradio app to mount.
        path: where to mount it, e.g. `"/gradio"`.
        auth: credentials or a checker, as for `launch()`.
        auth_message: HTML shown on the login page.
        allowed_paths: extra files or directories that may be served.
        blocked_paths: files or directories that may never be served.
        favicon_path: a file served as the page icon.
        show_error: send unexpected exceptions' messages to clients.
        max_file_size: upload limit, as bytes or a string like `"5mb"`.
        max_threads: worker threads for synchronous user functions.
        root_path: the public path (or URL) of the parent app behind a proxy.
        kwargs: other Gradio options, accepted for compatibility.
    """
    blocks.show_error = show_error
    blocks.max_file_size = parse_size(max_file_size)
    settings = ServerSettings.from_env(
        auth=auth,
        auth_message=auth_message,
        allowed_paths=[str(p) for p in allowed_paths or []],
        blocked_paths=[str(p) for p in blocked_paths or []],
        favicon_path=favicon_path,
        show_error=show_error,
        max_file_size=blocks.max_file_size,
        max_threads=max_threads,
        **({"root_path": root_path} if root_path is not None else {}),
    )
    gradio_app = create_app(blocks, settings, parent_app=app)
    app.mount(path.rstrip("/") or "/", gradio_app)
    blocks.server_app = gradio_app
    return app
