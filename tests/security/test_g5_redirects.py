"""G5: every redirect the server sends stays on the app (a relative path, never `//host`)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

import gradio as gr
from gradio.server.app import create_app
from gradio.server.settings import ServerSettings

LiveServer = Callable[..., str]
HOSTILE_MOUNTS = ["//evil.example", "/\\evil.example", "\\\\evil.example", "/%2fevil.example"]


def app_page() -> gr.Blocks:
    with gr.Blocks() as demo:
        gr.Textbox()
    return demo


def stays_on_the_app(location: str) -> bool:
    return location.startswith("/") and location[1:2] not in ("/", "\\")


@pytest.mark.parametrize("auth", [None, ("u", "p")])
def test_logout_and_login_redirect_to_a_relative_root_whatever_the_request_says(
    live_server: LiveServer, auth: tuple[str, str] | None
) -> None:
    base = live_server(app_page(), auth=auth)
    hostile = {"Host": "evil.example", "X-Forwarded-Host": "evil.example"}
    for path in ["/logout", "/logout?next=//evil.example", "/logout?redirect=https://evil"]:
        answer = httpx.get(base + path, headers=hostile)
        assert answer.status_code == 302
        assert answer.headers["location"] == "/"
    if auth is None:
        answer = httpx.post(f"{base}/login?next=//evil.example", data={"username": "u"})
        assert answer.headers["location"] == "/"


@pytest.mark.anyio
@pytest.mark.parametrize("mount", HOSTILE_MOUNTS)
async def test_a_scheme_relative_mount_path_never_becomes_the_redirect(mount: str) -> None:
    app = create_app(app_page(), ServerSettings())
    transport = httpx.ASGITransport(app, root_path=mount)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        answer = await client.get("/logout")
    assert stays_on_the_app(answer.headers["location"]), answer.headers["location"]


@pytest.mark.anyio
async def test_an_ordinary_mount_path_is_kept() -> None:
    app = create_app(app_page(), ServerSettings())
    transport = httpx.ASGITransport(app, root_path="/demo")
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        answer = await client.get("/logout")
    assert answer.headers["location"] == "/demo/"
