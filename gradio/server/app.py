"""The ASGI app of one Gradio app: its route table and middleware, nothing else.

Handlers live in `server/routes/` by group and reach the app through `request.app.state`:
`blocks`, `settings`, `queue`, `documents` (cached config/info/page), `page_gzip` (the
compressed page per root URL), `cache` and `access` (files), `auth`, `theme_css`, `assets`
(the front end's files) and `io_workers` (threads for the server's own file reads).
"""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import BaseRoute, Route

from gradio.events.workers import WorkerPool
from gradio.files.access import FileAccess
from gradio.files.cache import FileCache
from gradio.queue.queue import Queue
from gradio.server.assets import AssetFiles
from gradio.server.auth import AuthState
from gradio.server.compression import GzipCache
from gradio.server.documents import AppDocuments, frontend_dir
from gradio.server.origins import OriginMiddleware
from gradio.server.routes import api, auth, config, files, openapi, pages, queue, stream
from gradio.server.settings import ServerSettings

API_PREFIX = "/gradio_api"
"""Every API route lives under this prefix (config `api_prefix`)."""

IO_THREADS = 4
"""Worker threads for the server's own file reads (assets, favicon), apart from user code."""

GET, POST = ["GET"], ["POST"]
GET_HEAD = ["GET", "HEAD"]


def create_app(
    blocks: Any, settings: ServerSettings | None = None, parent_app: Any = None
) -> Starlette:
    """Build the server of `blocks` (without starting it).

    Parameters:
        blocks: the app to serve.
        settings: server options; defaults apply when omitted.
        parent_app: the app this one will be mounted in, if any (for the CORS policy).
    """
    settings = settings or ServerSettings()
    app = Starlette(
        routes=route_table(),
        middleware=[Middleware(OriginMiddleware, parent_app=parent_app)],
    )
    state = app.state
    state.blocks = blocks
    state.settings = settings
    state.cache = FileCache()
    state.access = FileAccess(
        cache_dirs=[state.cache.root],
        allowed_paths=settings.allowed_paths,
        blocked_paths=settings.blocked_paths,
    )
    state.auth = AuthState(settings.auth, settings.auth_message) if settings.auth else None
    state.queue = Queue(blocks, settings.max_threads, settings.show_error, app_state=state)
    state.documents = AppDocuments(blocks, files=state)
    state.io_workers = WorkerPool(IO_THREADS)
    state.assets = AssetFiles(frontend_dir() / "assets", state.io_workers)
    state.page_gzip = GzipCache(capacity=16, level=6)
    state.theme_css = pages.theme_css_of(blocks)
    return app


def route_table() -> list[BaseRoute]:
    """Every route, in one screen."""
    p = API_PREFIX
    return [
        Route("/", pages.index, methods=GET_HEAD),
        *both_slashes("/config", config.config, GET),
        Route("/manifest.json", pages.manifest, methods=GET),
        Route("/robots.txt", pages.robots, methods=GET),
        Route("/favicon.ico", pages.favicon, methods=GET),
        Route("/theme.css", pages.theme_css, methods=GET),
        Route(f"{p}/theme.css", pages.theme_css, methods=GET),
        *both_slashes("/login", auth.login, POST),
        Route("/logout", auth.logout, methods=GET),
        *both_slashes(f"{p}/info", config.info, GET),
        Route(f"{p}/openapi.json", openapi.endpoints, methods=GET),
        Route("/openapi.json", openapi.routes, methods=GET),
        *both_slashes(f"{p}/app_id", config.app_id, GET),
        *both_slashes(f"{p}/startup-events", config.startup_events, GET),
        *both_slashes(f"{p}/queue/status", config.queue_status, GET),
        *both_slashes(f"{p}/queue/join", queue.join, POST),
        *both_slashes(f"{p}/queue/data", queue.data, GET),
        *both_slashes(f"{p}/cancel", queue.cancel, POST),
        *both_slashes(f"{p}/reset", queue.reset, POST),
        Route(f"{p}/heartbeat/{{session_hash}}", queue.heartbeat, methods=GET),
        Route(f"{p}/stream/{{event_id}}", stream.send_chunk, methods=POST),
        Route(f"{p}/stream/{{event_id}}/close", stream.close, methods=POST),
        *both_slashes(f"{p}/call/v2/{{api_name}}", api.call_v2, POST),
        Route(f"{p}/call/v2/{{api_name}}/{{event_id}}", api.call_result, methods=GET),
        *both_slashes(f"{p}/call/{{api_name}}", api.call, POST),
        Route(f"{p}/call/{{api_name}}/{{event_id}}", api.call_result, methods=GET),
        *both_slashes(f"{p}/run/predict", api.run_predict, POST),
        *both_slashes(f"{p}/run/{{api_name}}", api.run_named, POST),
        *both_slashes(f"{p}/api/{{api_name}}", api.run_named, POST),
        *both_slashes(f"{p}/upload", files.upload, POST),
        Route(f"{p}/upload_progress", files.upload_progress, methods=GET),
        Route(f"{p}/file={{path:path}}", files.serve_file, methods=GET_HEAD),
        Route(f"{p}/file/{{path:path}}", files.serve_file, methods=GET_HEAD),
        *both_slashes(f"{p}/login_check", auth.login_check, GET),
        *both_slashes(f"{p}/user", auth.user, GET),
        *both_slashes(f"{p}/token", auth.token, GET),
        Route("/assets/{path:path}", pages.asset, methods=GET_HEAD),
    ]


def both_slashes(path: str, endpoint: Any, methods: list[str]) -> list[Route]:
    """A route with and without a trailing slash (Gradio registers most both ways)."""
    return [Route(path, endpoint, methods=methods), Route(path + "/", endpoint, methods=methods)]
