"""The page and its static companions: `/`, `/assets/*`, `/manifest.json`, `/robots.txt`,
`/favicon.ico`, `/theme.css` (protocol §2).

`/` inlines the config and API info into the built front end's `index.html` (see
`server/documents.py`); visitors who must log in first get the login shell config.
"""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from gradio.server.assets import AssetFiles
from gradio.server.auth import login_shell_config, unauthenticated_response
from gradio.server.compression import GzipCache, accepts_gzip
from gradio.server.documents import AppDocuments
from gradio.server.root_url import root_url

MANIFEST = {
    "name": "Gradio",
    "icons": [
        {
            "src": "static/img/logo_nosize.svg",
            "sizes": "any",
            "type": "image/svg+xml",
            "purpose": "any",
        }
    ],
    "start_url": "./",
    "display": "standalone",
}

HTML = "text/html; charset=utf-8"

FAVICON = Path(__file__).resolve().parent.parent / "favicon.svg"
"""The default icon, used unless `launch(favicon_path=...)` names another."""

FAVICON_CACHE = "public, max-age=86400"


async def index(request: Request) -> Response:
    """`GET|HEAD /`: the app page."""
    documents: AppDocuments = request.app.state.documents
    settings = request.app.state.settings
    root = root_url(request, settings.root_path)
    login = None
    if unauthenticated_response(request) is not None:
        login = login_shell_config(root, settings.auth_message)
    if login is None and accepts_gzip(request.headers.get("accept-encoding")):
        # The page only changes with the root URL: compress it once per root.
        cache: GzipCache = request.app.state.page_gzip
        compressed = cache.get(root)
        if compressed is None:
            compressed = cache.compress(documents.page(root))
            cache.put(root, compressed)
        headers = {"content-encoding": "gzip", "vary": "Accept-Encoding"}
        return Response(compressed, media_type=HTML, headers=headers)
    return Response(documents.page(root, login), media_type=HTML)


async def manifest(request: Request) -> Response:
    """`GET /manifest.json`: the progressive-web-app manifest."""
    return JSONResponse(MANIFEST, media_type="application/manifest+json")


async def robots(request: Request) -> Response:
    """`GET /robots.txt`: allow everything, as Gradio does."""
    return PlainTextResponse("User-agent: *\nDisallow: ")


async def asset(request: Request) -> Response:
    """`GET /assets/{path}`: a file of the built front end (`server/assets.py`)."""
    assets: AssetFiles = request.app.state.assets
    return await assets.serve(request)


async def favicon(request: Request) -> Response:
    """`GET /favicon.ico`: the app's icon (read once, kept)."""
    state = request.app.state
    configured = state.settings.favicon_path
    path = Path(configured) if configured else FAVICON
    kept: tuple[Path, bytes] | None = getattr(state, "favicon", None)
    if kept is None or kept[0] != path:
        if not path.is_file():
            return PlainTextResponse("Not Found", status_code=404)
        kept = (path, await state.io_workers.run(path.read_bytes))
        state.favicon = kept
    media_type = mimetypes.guess_type(path.name)[0] or "image/x-icon"
    return Response(kept[1], media_type=media_type, headers={"cache-control": FAVICON_CACHE})


async def theme_css(request: Request) -> Response:
    """`GET /theme.css` (and `P/theme.css`): the theme's CSS variables."""
    css: str = request.app.state.theme_css
    etag = '"' + hashlib.sha256(css.encode()).hexdigest()[:32] + '"'
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers={"etag": etag})
    return Response(
        css,
        media_type="text/css; charset=utf-8",
        headers={"etag": etag, "cache-control": "no-cache"},
    )


def theme_css_of(blocks: object) -> str:
    """The theme CSS (custom properties) of an app's theme, default theme if none."""
    from gradio.themes.base import resolve_theme

    return resolve_theme(getattr(blocks, "theme", None)).to_css()
