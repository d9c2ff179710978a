"""The page at `/` and its static companions."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from queue_apps import greet_app

import gradio as gr

pytestmark = pytest.mark.anyio
AsgiClientFactory = Callable[..., httpx.AsyncClient]


def inlined(page: str, name: str) -> object:
    match = re.search(rf"window\.{name} = (.*?);(?:window|</script>)", page)
    assert match, f"window.{name} not found"
    return json.loads(match.group(1))


@pytest.fixture
def built_frontend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "index-abc123.js").write_text("console.log('app')")
    (tmp_path / "index.html").write_text(
        "<!doctype html><html><head><!--radiogram:head-->"
        '<script type="module" src="./assets/index-abc123.js"></script></head>'
        "<body><gradio-app></gradio-app></body></html>"
    )
    monkeypatch.setenv("RADIOGRAM_FRONTEND_DIR", str(tmp_path))
    return tmp_path


async def test_the_page_inlines_config_and_api_info(
    asgi_client: AsgiClientFactory, built_frontend: Path
) -> None:
    client = asgi_client(greet_app())
    response = await client.get("/", headers={"host": "page:80"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    config = inlined(response.text, "gradio_config")
    assert isinstance(config, dict)
    assert config["root"] == "http://page:80"
    assert config["current_page"] == "" and config["deep_link_state"] == "none"
    info = inlined(response.text, "gradio_api_info")
    assert isinstance(info, dict) and "/greet" in info["named_endpoints"]
    assert "<!--radiogram:head-->" not in response.text
    assert '<script type="module" src="./assets/index-abc123.js">' in response.text


async def test_text_from_the_app_cannot_close_the_inline_script(
    asgi_client: AsgiClientFactory, built_frontend: Path
) -> None:
    with gr.Blocks(title="</script><script>alert(1)</script>") as demo:
        gr.Textbox(label="</script>")
    page = (await (asgi_client(demo)).get("/")).text
    assert "</script><script>alert(1)" not in page
    config = inlined(page, "gradio_config")
    assert isinstance(config, dict) and config["title"] == "</script><script>alert(1)</script>"


async def test_assets_are_served_with_validators_and_long_caching(
    asgi_client: AsgiClientFactory, built_frontend: Path
) -> None:
    client = asgi_client(greet_app())
    response = await client.get("/assets/index-abc123.js")
    assert response.status_code == 200
    assert response.text == "console.log('app')"
    assert "immutable" in response.headers["cache-control"]
    again = await client.get(
        "/assets/index-abc123.js", headers={"if-none-match": response.headers["etag"]}
    )
    assert again.status_code == 304
    assert (await client.get("/assets/../index.html")).status_code == 404


async def test_without_a_built_front_end_a_minimal_page_still_carries_the_config(
    asgi_client: AsgiClientFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RADIOGRAM_FRONTEND_DIR", str(tmp_path / "missing"))
    page = (await (asgi_client(greet_app())).get("/")).text
    assert "not built" in page
    assert isinstance(inlined(page, "gradio_config"), dict)


async def test_a_visitor_who_must_log_in_gets_the_login_shell(
    asgi_client: AsgiClientFactory, built_frontend: Path
) -> None:
    client = asgi_client(greet_app(), auth=("u", "p"), auth_message="hi")
    config = inlined((await client.get("/")).text, "gradio_config")
    assert isinstance(config, dict)
    assert config["auth_required"] is True
    assert config["auth_message"] == "hi"
    assert config["components"] == []


async def test_the_small_static_routes(asgi_client: AsgiClientFactory) -> None:
    client = asgi_client(greet_app())
    manifest = await client.get("/manifest.json")
    assert manifest.headers["content-type"] == "application/manifest+json"
    assert manifest.json()["start_url"] == "./"
    assert (await client.get("/robots.txt")).text == "User-agent: *\nDisallow: "
    assert (await client.get("/favicon.ico")).status_code == 200
    theme = await client.get("/theme.css")
    assert theme.headers["content-type"] == "text/css; charset=utf-8"
    assert "--" in theme.text  # CSS custom properties of the default theme
    assert (await client.get("/gradio_api/theme.css")).text == theme.text
