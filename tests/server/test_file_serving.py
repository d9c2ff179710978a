"""`GET|HEAD /gradio_api/file={path}` (protocol §9.4, security.md G1/G8), over HTTP.

Requests whose path an HTTP client would normalise (`..`, `%2e%2e`) are sent byte for byte
over a socket to a live server.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest


def uploaded(client: Any, name: str, data: bytes) -> str:
    [path] = client.post("/gradio_api/upload", files=[("files", (name, data))]).json()
    return str(path)


def status_and_body(raw: bytes) -> tuple[int, bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), body


def test_an_uploaded_text_file_is_served_inline_with_validators(
    files_client: Callable[..., Any],
) -> None:
    client = files_client()
    path = uploaded(client, "note.txt", b"hello world")
    response = client.get(f"/gradio_api/file={path}")
    assert response.status_code == 200
    assert response.content == b"hello world"
    assert response.headers["content-type"].startswith("text/plain")
    assert response.headers["content-disposition"] == 'inline; filename="note.txt"'
    assert response.headers["content-length"] == "11"
    assert response.headers["accept-ranges"] == "bytes"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["etag"]
    assert response.headers["last-modified"]


def test_head_answers_the_headers_without_a_body(files_client: Callable[..., Any]) -> None:
    client = files_client()
    path = uploaded(client, "note.txt", b"hello world")
    response = client.head(f"/gradio_api/file={path}")
    assert response.status_code == 200
    assert response.headers["content-length"] == "11"
    assert response.content == b""


def test_a_range_request_gets_206_with_the_slice(files_client: Callable[..., Any]) -> None:
    client = files_client()
    path = uploaded(client, "note.txt", b"hello world")
    response = client.get(f"/gradio_api/file={path}", headers={"Range": "bytes=0-4"})
    assert response.status_code == 206
    assert response.content == b"hello"
    assert response.headers["content-range"] == "bytes 0-4/11"


def test_the_deprecated_slash_form_serves_the_same_file(files_client: Callable[..., Any]) -> None:
    client = files_client()
    path = uploaded(client, "note.txt", b"hi")
    assert client.get(f"/gradio_api/file/{path}").content == b"hi"


@pytest.mark.parametrize(
    ("name", "media"),
    [("cat.png", "image/png"), ("song.mp3", "audio/mpeg"), ("clip.mp4", "video/mp4")],
)
def test_safe_media_is_inline_with_its_type(
    files_client: Callable[..., Any], name: str, media: str
) -> None:
    client = files_client()
    response = client.get(f"/gradio_api/file={uploaded(client, name, b'bytes')}")
    assert response.headers["content-type"] == media
    assert response.headers["content-disposition"].startswith("inline;")


@pytest.mark.parametrize("name", ["page.html", "app.js", "x.xhtml", "noext"])
def test_active_content_is_an_octet_stream_attachment(
    files_client: Callable[..., Any], name: str
) -> None:
    client = files_client()
    path = uploaded(client, name, b"<script>alert(1)</script>")
    response = client.get(f"/gradio_api/file={path}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"] == f'attachment; filename="{name}"'
    assert response.headers["x-content-type-options"] == "nosniff"


def test_svg_is_inline_only_under_a_sandboxing_policy(files_client: Callable[..., Any]) -> None:
    client = files_client()
    path = uploaded(client, "drawing.svg", b"<svg><script>alert(1)</script></svg>")
    response = client.get(f"/gradio_api/file={path}")
    assert response.headers["content-type"] == "image/svg+xml"
    assert response.headers["content-disposition"].startswith("inline;")
    policy = response.headers["content-security-policy"]
    assert "sandbox" in policy
    assert "default-src 'none'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"


def test_a_filename_with_quotes_cannot_break_the_header(files_client: Callable[..., Any]) -> None:
    client = files_client()
    path = uploaded(client, "a;x=1.txt", b"q")
    stored = Path(path).with_name('a";x=1 é.txt')
    Path(path).rename(stored)
    response = client.get(f"/gradio_api/file={quote(str(stored))}")
    disposition = response.headers["content-disposition"]
    assert disposition == "inline; filename*=utf-8''a%22%3Bx%3D1%20%C3%A9.txt"


@pytest.mark.parametrize(
    "path",
    ["/etc/passwd", "relative.txt", "https://example.com/x.png", "/proc/self/environ"],
)
def test_files_outside_the_cache_get_403(files_client: Callable[..., Any], path: str) -> None:
    response = files_client().get(f"/gradio_api/file={path}")
    assert response.status_code == 403
    assert response.json() == {"detail": f"File not allowed: {path}."}


def test_missing_files_and_directories_get_the_same_403(
    files_client: Callable[..., Any], cache_root: Path
) -> None:
    client = files_client()
    path = uploaded(client, "note.txt", b"x")
    directory = str(Path(path).parent)
    missing = f"{directory}/other.txt"
    for target in (directory, missing, str(cache_root.resolve())):
        response = client.get(f"/gradio_api/file={target}")
        assert response.status_code == 403
        assert response.json() == {"detail": f"File not allowed: {target}."}


def test_allowed_and_blocked_paths_apply_over_http(
    files_client: Callable[..., Any], tmp_path: Path
) -> None:
    public = tmp_path / "public"
    (public / "secret").mkdir(parents=True)
    (public / "ok.txt").write_text("ok")
    (public / "secret" / "key.txt").write_text("key")
    client = files_client(allowed_paths=[str(public)], blocked_paths=[str(public / "SECRET")])
    assert client.get(f"/gradio_api/file={public}/ok.txt").content == b"ok"
    assert client.get(f"/gradio_api/file={public}/secret/key.txt").status_code == 403


def test_a_prefix_twin_of_the_cache_is_not_served(
    files_client: Callable[..., Any], tmp_path: Path
) -> None:
    twin = tmp_path / "gradio-evil"
    twin.mkdir()
    (twin / "x.txt").write_text("evil")
    assert files_client().get(f"/gradio_api/file={twin}/x.txt").status_code == 403


def test_files_need_a_login_when_auth_is_on(files_client: Callable[..., Any]) -> None:
    response = files_client(auth=("u", "p")).get("/gradio_api/file=/etc/passwd")
    assert response.status_code == 401


class TestRawPaths:
    """Traversal attempts sent over a socket exactly as written."""

    @pytest.fixture
    def served(
        self, files_app: Callable[..., Any], serve: Callable[[Any], str], client_for: Any
    ) -> tuple[str, str]:
        app = files_app()
        path = uploaded(client_for(app), "note.txt", b"hello")
        return serve(app), path

    @pytest.mark.parametrize(
        "suffix",
        [
            "/../../../../../../etc/passwd",
            "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/..%2f..%2f..%2f..%2f..%2fetc/passwd",
            "/../note.txt",
        ],
    )
    def test_dot_dot_in_the_raw_path_is_refused(
        self, served: tuple[str, str], raw_get: Callable[..., bytes], suffix: str
    ) -> None:
        base, path = served
        directory = str(Path(path).parent)
        status, body = status_and_body(raw_get(base, f"/gradio_api/file={directory}{suffix}"))
        assert status == 403
        assert json.loads(body)["detail"].startswith("File not allowed: ")
        assert b"root:" not in body

    def test_the_uploaded_file_itself_is_served_over_the_socket(
        self, served: tuple[str, str], raw_get: Callable[..., bytes]
    ) -> None:
        base, path = served
        status, body = status_and_body(raw_get(base, f"/gradio_api/file={path}"))
        assert (status, body) == (200, b"hello")

    def test_a_nul_byte_is_refused(
        self, served: tuple[str, str], raw_get: Callable[..., bytes]
    ) -> None:
        base, path = served
        status, _ = status_and_body(raw_get(base, f"/gradio_api/file={path}%00.png"))
        assert status == 403
