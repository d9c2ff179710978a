"""G8: what the browser is told about each kind of served file.

An uploaded file is served from the app's own origin, so anything the browser would run
(HTML, SVG scripts, JS, XML with XSLT, PDF with scripts) must download as an opaque
attachment, or, for SVG, display under a policy that forbids scripts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

import gradio as gr

LiveServer = Callable[..., str]
PAYLOAD = b"<html><script>alert(document.cookie)</script></html>"

ATTACHMENTS = [
    "page.html",
    "page.htm",
    "page.xhtml",
    "app.js",
    "module.mjs",
    "feed.xml",
    "paper.pdf",
    "style.css",
    "data.unknownext",
    "no_extension",
    "archive.zip",
    "binary.wasm",
]
INLINE = {
    "notes.txt": "text/plain",
    "data.json": "application/json",
    "picture.png": "image/png",
    "tricky.html.png": "image/png",
    "clip.mp4": "video/mp4",
}


@pytest.fixture
def base(live_server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))
    with gr.Blocks() as demo:
        gr.Textbox()
    return live_server(demo)


def served(base: str, name: str) -> httpx.Response:
    [path] = httpx.post(f"{base}/gradio_api/upload", files={"files": (name, PAYLOAD)}).json()
    return httpx.get(f"{base}/gradio_api/file={path}")


@pytest.mark.parametrize("name", ATTACHMENTS)
def test_active_or_unknown_content_downloads_as_an_opaque_attachment(base: str, name: str) -> None:
    answer = served(base, name)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/octet-stream"
    assert answer.headers["content-disposition"].startswith("attachment;")
    assert answer.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(("name", "media_type"), INLINE.items())
def test_passive_media_is_inline_with_its_own_type_and_never_sniffed(
    base: str, name: str, media_type: str
) -> None:
    answer = served(base, name)
    assert answer.headers["content-type"].split(";")[0] == media_type
    assert answer.headers["content-disposition"].startswith("inline;")
    assert answer.headers["x-content-type-options"] == "nosniff"


def test_svg_is_inline_only_under_a_policy_that_runs_no_script(base: str) -> None:
    answer = served(base, "drawing.svg")
    assert answer.headers["content-type"] == "image/svg+xml"
    policy = answer.headers["content-security-policy"]
    assert "sandbox" in policy and "default-src 'none'" in policy
    assert "script-src" not in policy
    assert answer.headers["x-content-type-options"] == "nosniff"


def test_a_file_exposed_with_allowed_paths_follows_the_same_rules(
    live_server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "report.html").write_bytes(PAYLOAD)
    with gr.Blocks() as demo:
        gr.Textbox()
    base = live_server(demo, allowed_paths=[str(shared)])
    answer = httpx.get(f"{base}/gradio_api/file={shared / 'report.html'}")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/octet-stream"
    assert answer.headers["content-disposition"].startswith("attachment;")
