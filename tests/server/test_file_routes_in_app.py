"""The file, auth and origin pieces wired into the real `create_app` route table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import gradio as gr
from gradio.server.app import create_app
from gradio.server.settings import ServerSettings


@pytest.fixture
def app_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, client_for: Callable[..., Any]
) -> Callable[..., Any]:
    """`app_with(**settings)`: a client for `create_app` of an empty Blocks."""
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))

    def build(**settings: Any) -> Any:
        with gr.Blocks() as demo:
            gr.Textbox()
        return client_for(create_app(demo, ServerSettings(**settings)))

    return build


def test_an_upload_is_served_back_from_the_cache(
    app_with: Callable[..., Any], tmp_path: Path
) -> None:
    client = app_with()
    [path] = client.post("/gradio_api/upload", files=[("files", ("a.txt", b"hi"))]).json()
    assert Path(path).parent.parent == (tmp_path / "cache").resolve()
    response = client.get(f"/gradio_api/file={path}")
    assert response.content == b"hi"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert client.get("/gradio_api/file=/etc/passwd").status_code == 403


def test_max_file_size_from_the_settings_applies(app_with: Callable[..., Any]) -> None:
    client = app_with(max_file_size=5)
    response = client.post("/gradio_api/upload", files=[("files", ("a.txt", b"toolong"))])
    assert response.status_code == 413
    assert response.text == "File size exceeded maximum allowed size of 5 bytes."


def test_login_opens_config_and_files(app_with: Callable[..., Any]) -> None:
    client = app_with(auth=("u", "p"))
    assert client.get("/config").status_code == 401
    assert client.post("/gradio_api/upload", files=[("files", ("a", b"a"))]).status_code == 401
    assert client.post("/login", data={"username": "u", "password": "p"}).status_code == 200
    assert client.get("/config").status_code == 200
    assert client.get("/gradio_api/user").json() == "u"


def test_cross_origin_writes_are_refused_by_the_app(app_with: Callable[..., Any]) -> None:
    client = app_with()
    response = client.post(
        "/gradio_api/upload",
        files=[("files", ("a", b"a"))],
        headers={"Origin": "http://evil.example"},
    )
    assert response.status_code == 403
