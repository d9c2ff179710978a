"""`Blocks.launch()` and `Blocks.close()`: uvicorn in a thread, serving `create_app(blocks)`.

`launch` returns `(app, local_url, share_url)` like Gradio. Unless told otherwise
(`prevent_thread_lock=True`, an interactive interpreter or a notebook) it then blocks the
main thread until Ctrl+C, and closes the server.

The port: `server_port`, else `GRADIO_SERVER_PORT`, else the first free port from 7860
(100 tries). The host: `server_name`, else `GRADIO_SERVER_NAME`, else `127.0.0.1`. The
socket is bound here and handed to uvicorn, so the port cannot be taken in between.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
import weakref
from typing import Any

from gradio.files.upload import parse_size
from gradio.server.app import create_app
from gradio.server.settings import DEFAULT_MAX_THREADS, ServerSettings

INITIAL_PORT = 7860
"""The first port tried when none is given."""

PORT_TRIES = 100
"""How many ports from `INITIAL_PORT` are tried."""

STARTUP_TIMEOUT = 30.0
"""Seconds to wait for uvicorn to start."""

_running: weakref.WeakSet[Any] = weakref.WeakSet()


class LaunchResult(tuple):  # type: ignore[type-arg]
    """`(app, local_url, share_url)`, which does not echo itself in a REPL."""

    def __repr__(self) -> str:
        return ""


class ServerThread:
    """A uvicorn server running in a daemon thread.

    Parameters:
        app: the ASGI app.
        sock: the bound listening socket.
        ssl_keyfile: PEM key for HTTPS.
        ssl_certfile: PEM certificate for HTTPS.
        ssl_keyfile_password: the key's password.
    """

    def __init__(
        self,
        app: Any,
        sock: socket.socket,
        ssl_keyfile: str | None = None,
        ssl_certfile: str | None = None,
        ssl_keyfile_password: str | None = None,
    ) -> None:
        import uvicorn

        from gradio.server.http_limits import http_protocol

        config = uvicorn.Config(
            app,
            http=http_protocol(),
            log_level="warning",
            ssl_keyfile=ssl_keyfile,
            ssl_certfile=ssl_certfile,
            ssl_keyfile_password=ssl_keyfile_password,
            ws="none",
            lifespan="off",
            timeout_graceful_shutdown=1,
        )
        self.server = uvicorn.Server(config)
        """The uvicorn server."""
        self.socket = sock
        """The listening socket."""
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        """The thread serving requests."""

    def start(self) -> None:
        """Start serving and wait until uvicorn accepts connections."""
        self.thread.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise OSError("The server did not start.")
            time.sleep(0.01)

    def stop(self) -> None:
        """Stop serving and wait for the thread to end."""
        self.server.should_exit = True
        if self.thread.is_alive() and self.thread is not threading.current_thread():
            self.thread.join(timeout=5)
        self.socket.close()


def launch(
    blocks: Any,
    inline: bool | None = None,
    inbrowser: bool = False,
    share: bool | None = None,
    debug: bool = False,
    max_threads: int = DEFAULT_MAX_THREADS,
    auth: Any = None,
    auth_message: str | None = None,
    prevent_thread_lock: bool = False,
    show_error: bool = False,
    server_name: str | None = None,
    server_port: int | None = None,
    *,
    height: int = 500,
    width: int | str = "100%",
    favicon_path: str | None = None,
    ssl_keyfile: str | None = None,
    ssl_certfile: str | None = None,
    ssl_keyfile_password: str | None = None,
    quiet: bool = False,
    allowed_paths: list[str] | None = None,
    blocked_paths: list[str] | None = None,
    root_path: str | None = None,
    max_file_size: str | int | None = None,
    **kwargs: Any,
) -> LaunchResult:
    """Serve the app; see `Blocks.launch` in the API reference for every parameter.

    Parameters:
        blocks: the app.
        inline: show the app inline in a notebook (default: when in a notebook).
        inbrowser: open the app in the default browser.
        share: ask for a public share link (needs a share server; not available).
        debug: block the main thread even in interactive sessions.
        max_threads: worker threads for synchronous user functions.
        auth: credentials `(user, password)`, a list of them, or a checker function.
        auth_message: HTML shown on the login page.
        prevent_thread_lock: return right away instead of blocking the main thread.
        show_error: send unexpected exceptions' messages to clients.
        server_name: the host to bind (default `GRADIO_SERVER_NAME` or `127.0.0.1`).
        server_port: the port (default `GRADIO_SERVER_PORT` or the first free from 7860).
        height: height of the inline notebook frame.
        width: width of the inline notebook frame.
        favicon_path: a file served as the page icon.
        ssl_keyfile: PEM key file: serve HTTPS.
        ssl_certfile: PEM certificate file: serve HTTPS.
        ssl_keyfile_password: password of the key file.
        quiet: print nothing.
        allowed_paths: extra files or directories that may be served.
        blocked_paths: files or directories that may never be served.
        root_path: the public path (or URL) of the app behind a reverse proxy.
        max_file_size: upload limit, as bytes or a string like `"5mb"`.
        kwargs: other Gradio `launch()` options, accepted for compatibility; `theme`,
            `css`, `js`, `head` are applied to the app.
    """
    if getattr(blocks, "server", None) is not None:
        close(blocks)
    _apply_page_options(blocks, kwargs)
    blocks.show_error = show_error
    blocks.max_file_size = parse_size(max_file_size)
    for startup_event in getattr(blocks, "startup_events", []):
        startup_event()  # e.g. caching examples eagerly, before anyone can click one
    settings = ServerSettings.from_env(
        auth=auth,
        auth_message=auth_message,
        allowed_paths=[str(p) for p in allowed_paths or []],
        blocked_paths=[str(p) for p in blocked_paths or []],
        max_file_size=blocks.max_file_size,
        show_error=show_error,
        max_threads=max_threads,
        favicon_path=str(favicon_path) if favicon_path else None,
        ssl=bool(ssl_keyfile and ssl_certfile),
        **({"root_path": root_path} if root_path is not None else {}),
    )
    app = create_app(blocks, settings)
    host = server_name or os.environ.get("GRADIO_SERVER_NAME") or "127.0.0.1"
    sock = bind_socket(host, server_port)
    server = ServerThread(app, sock, ssl_keyfile, ssl_certfile, ssl_keyfile_password)
    server.start()
    blocks.server = server
    blocks.server_app = app
    _running.add(blocks)
    scheme = "https" if settings.ssl else "http"
    shown_host = "localhost" if host in ("0.0.0.0", "::") else host
    local_url = f"{scheme}://{shown_host}:{sock.getsockname()[1]}/"
    blocks.local_url = local_url
    blocks.share_url = None
    if not quiet:
        print(f"* Running on local URL:  {local_url}")
        if share:
            print(
                "* Share links need a Gradio share server, which radiogram does not provide. "
                "Serve the app on a public host (server_name='0.0.0.0') or behind a tunnel."
            )
    if inbrowser:
        import webbrowser

        webbrowser.open(local_url)
    in_notebook = _in_notebook()
    if inline or (inline is None and in_notebook):
        _display_inline(local_url, height, width)
    if debug or (not prevent_thread_lock and not in_notebook and not _interactive()):
        block_until_interrupted(blocks)
    return LaunchResult((app, local_url, None))


def close(blocks: Any) -> None:
    """Stop serving `blocks` (does nothing if it is not served)."""
    server = getattr(blocks, "server", None)
    if server is None:
        return
    blocks.server = None
    _running.discard(blocks)
    server.stop()
    app = getattr(blocks, "server_app", None)
    if getattr(blocks, "delete_cache", None) and app is not None:
        app.state.cache.delete_created()


def close_all() -> None:
    """Stop every app launched in this process (`gr.close_all()`)."""
    for blocks in list(_running):
        close(blocks)


def block_until_interrupted(blocks: Any) -> None:
    """Keep the main thread alive while the server runs; Ctrl+C closes it."""
    try:
        while getattr(blocks, "server", None) is not None:
            time.sleep(0.1)
    except (KeyboardInterrupt, OSError):
        print("Keyboard interruption in main thread... closing server.")
        close(blocks)


def bind_socket(host: str, port: int | None) -> socket.socket:
    """A listening socket on `port`, `GRADIO_SERVER_PORT` or the first free from 7860."""
    if port is None and os.environ.get("GRADIO_SERVER_PORT"):
        port = int(os.environ["GRADIO_SERVER_PORT"])
    candidates = [port] if port is not None else range(INITIAL_PORT, INITIAL_PORT + PORT_TRIES)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    last_error: OSError | None = None
    for candidate in candidates:
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, candidate))
            sock.listen(2048)
        except OSError as exc:
            sock.close()
            last_error = exc
            continue
        sock.set_inheritable(True)
        return sock
    wanted = port if port is not None else f"{INITIAL_PORT}-{INITIAL_PORT + PORT_TRIES - 1}"
    raise OSError(
        f"Cannot find empty port in range: {wanted}. You can specify a different port by "
        f"setting the GRADIO_SERVER_PORT environment variable or passing the `server_port` "
        f"parameter to `launch()`."
    ) from last_error


def _apply_page_options(blocks: Any, kwargs: dict[str, Any]) -> None:
    for name in ("theme", "css", "js", "head"):
        if kwargs.get(name) is not None:
            setattr(blocks, name, kwargs[name])


def _interactive() -> bool:
    return hasattr(sys, "ps1") or bool(sys.flags.interactive)


def _in_notebook() -> bool:
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    try:
        ipython = shell.get_ipython()
    except Exception:
        return False
    return ipython is not None and type(ipython).__name__ == "ZMQInteractiveShell"


def _display_inline(url: str, height: int, width: int | str) -> None:
    try:
        from IPython.display import IFrame, display
    except ImportError:
        return
    display(IFrame(src=url, width=width, height=height))
