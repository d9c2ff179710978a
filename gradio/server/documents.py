"""The app's JSON documents and page, serialised once and completed per request.

The config, the API info and the page embedding both never change while an app is
served, except for the request's root URL. The page also names the chunks of the
components it will render, so the browser fetches them at once (`server/preload.py`). So each is serialised once with a placeholder
where the root goes, and each request only swaps the placeholder for its root: no
re-serialising on the hot path.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import orjson

from gradio.server import preload
from gradio.server.api_info import api_info

ROOT_PLACEHOLDER = "radiogram-root-b7e1d2c94f"
"""Stands for the root URL inside the cached documents."""

HEAD_MARKER = b"<!--radiogram:head-->"
"""Where the built front end's `index.html` receives the inlined config."""

FRONTEND_DIR = Path(__file__).resolve().parent.parent / "templates" / "frontend"
"""Where `npm run build` puts the front end by default."""

MINIMAL_PAGE = b"""<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Gradio</title>
<!--radiogram:head-->
</head>
<body><gradio-app><p>The radiogram front end is not built: run <code>npm run build</code>
in <code>js/</code>. The API works: see <code>/gradio_api/info</code>.</p></gradio-app></body>
</html>
"""


def frontend_dir() -> Path:
    """The built front end's directory (`RADIOGRAM_FRONTEND_DIR` wins)."""
    configured = os.environ.get("RADIOGRAM_FRONTEND_DIR")
    return Path(configured) if configured else FRONTEND_DIR


class AppDocuments:
    """Cached `/config`, `P/info` and `/` bodies of one app.

    Parameters:
        blocks: the app.
        files: the app state holding `cache` and `access`: files given as components'
            values (`gr.Image(value="cat.png")`) are cached and get a URL, as outputs do.
    """

    def __init__(self, blocks: Any, files: Any = None) -> None:
        self.blocks = blocks
        """The app."""
        config = dict(blocks.get_config_file())
        if files is not None:
            config["components"] = [_serve_files(c, files) for c in config["components"]]
        config["root"] = ROOT_PLACEHOLDER
        config["username"] = None  # the logged-in user's name is filled per request
        self._config = orjson.dumps(config)
        page_config = {**config, "current_page": "", "deep_link_state": "none"}
        self._page_config = _script_safe(orjson.dumps(page_config))
        self._info = orjson.dumps(api_info(blocks, ROOT_PLACEHOLDER))
        self._all_info: bytes | None = None
        self._template: bytes | None = None
        self._component_types = preload.component_types(config)
        self._preloads = b""

    def config(self, root: str, username: str | None = None) -> bytes:
        """The `/config` body (with `username` when someone is logged in)."""
        body = _fill(self._config, root)
        if username is None:
            return body
        return orjson.dumps({**orjson.loads(body), "username": username})

    def info(self, root: str, all_endpoints: bool = False) -> bytes:
        """The `P/info` body."""
        if not all_endpoints:
            return _fill(self._info, root)
        if self._all_info is None:
            self._all_info = orjson.dumps(api_info(self.blocks, ROOT_PLACEHOLDER, True))
        return _fill(self._all_info, root)

    def page(self, root: str, login_config: dict[str, Any] | None = None) -> bytes:
        """The `/` HTML with the config and API info inlined.

        Parameters:
            root: the request's root URL.
            login_config: the login shell config, when the visitor must log in first.
        """
        config = self._page_config
        template = self._page_template()
        head = self._preloads
        if login_config is not None:
            config = _script_safe(orjson.dumps({**login_config, "root": ROOT_PLACEHOLDER}))
            head = b""
        script = (
            b"<script>window.gradio_config = "
            + config
            + b";window.gradio_api_info = "
            + _script_safe(self._info)
            + b";</script>"
            + head
        )
        return _fill(template.replace(HEAD_MARKER, script, 1), root, html=True)

    def _page_template(self) -> bytes:
        if self._template is None:
            index = frontend_dir() / "index.html"
            self._template = index.read_bytes() if index.is_file() else MINIMAL_PAGE
            if HEAD_MARKER not in self._template:
                self._template = self._template.replace(b"</head>", HEAD_MARKER + b"</head>", 1)
            manifest = preload.read_manifest(frontend_dir())
            self._preloads = preload.preload_links(self._component_types, manifest)
        return self._template


def _serve_files(component: dict[str, Any], files: Any) -> dict[str, Any]:
    """The config entry of a component with the files in its value cached and given a URL.

    Raises:
        ValueError: the value names a file the app may not serve (`FileAccess` says why).
    """
    props = component.get("props") or {}
    value = props.get("value")
    if not isinstance(value, (dict, list, tuple)):
        return component
    from gradio.files.access import FileAccessError
    from gradio.files.processing import prepare_output_files

    try:
        served = prepare_output_files(value, ROOT_PLACEHOLDER, files)
    except FileAccessError as exc:
        kind = component.get("type", "component")
        raise ValueError(f"The value of a {kind} (id {component.get('id')}): {exc}") from exc
    return {**component, "props": {**props, "value": served}}


def _fill(document: bytes, root: str, html: bool = False) -> bytes:
    escaped = orjson.dumps(root)[1:-1]
    if html:
        escaped = _script_safe(escaped)
    return document.replace(ROOT_PLACEHOLDER.encode(), escaped)


def _script_safe(json_bytes: bytes) -> bytes:
    """Make JSON safe inside `<script>`: no `</script>`, no `<!--` can end or confuse it."""
    return json_bytes.replace(b"<", b"\\u003c")
