"""The page names the chunks of the components it renders, so they load with the main script."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

import gradio as gr
from gradio.server.preload import preload_links

pytestmark = pytest.mark.anyio
AsgiClientFactory = Callable[..., httpx.AsyncClient]

MANIFEST = {
    "index.html": {"file": "assets/index-main.js", "isEntry": True, "css": ["assets/i.css"]},
    "src/components/textbox/Textbox.svelte": {
        "file": "assets/Textbox-t1.js",
        "isDynamicEntry": True,
        "imports": ["index.html", "_Block-b1.js", "src/components/textbox/CopyButton.svelte"],
        "css": ["assets/Textbox-t1.css"],
    },
    "src/components/textbox/CopyButton.svelte": {
        "file": "assets/CopyButton-c1.js",
        "isDynamicEntry": True,
        "imports": ["index.html", "_Block-b1.js"],
    },
    "_Block-b1.js": {"file": "assets/Block-b1.js", "css": ["assets/Block-b1.css"]},
    "src/components/slider/Slider.svelte": {
        "file": "assets/Slider-s1.js",
        "isDynamicEntry": True,
        "imports": ["index.html", "_Block-b1.js"],
    },
}


@pytest.fixture
def built_frontend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / ".vite").mkdir()
    (tmp_path / ".vite" / "manifest.json").write_text(json.dumps(MANIFEST))
    (tmp_path / "index.html").write_text(
        "<!doctype html><html><head><!--radiogram:head-->"
        '<script type="module" src="./assets/index-main.js"></script></head>'
        "<body><gradio-app></gradio-app></body></html>"
    )
    monkeypatch.setenv("RADIOGRAM_FRONTEND_DIR", str(tmp_path))
    return tmp_path


def textbox_app() -> gr.Blocks:
    with gr.Blocks() as demo:
        gr.Textbox(label="name")
    return demo


def test_a_component_brings_its_chunk_its_imports_and_their_css_once() -> None:
    links = preload_links({"textbox", "row"}, MANIFEST).decode()

    assert links == (
        '<link rel="modulepreload" crossorigin href="./assets/Textbox-t1.js">'
        '<link rel="modulepreload" crossorigin href="./assets/Block-b1.js">'
        '<link rel="modulepreload" crossorigin href="./assets/CopyButton-c1.js">'
        '<link rel="preload" as="style" crossorigin href="./assets/Textbox-t1.css">'
        '<link rel="preload" as="style" crossorigin href="./assets/Block-b1.css">'
    )


def test_without_a_manifest_there_is_nothing_to_preload() -> None:
    assert preload_links({"textbox"}, {}) == b""


async def test_the_page_preloads_the_chunks_of_the_components_it_renders(
    asgi_client: AsgiClientFactory, built_frontend: Path
) -> None:
    client = asgi_client(textbox_app())

    page = (await client.get("/")).text

    assert '<link rel="modulepreload" crossorigin href="./assets/Textbox-t1.js">' in page
    assert '<link rel="preload" as="style" crossorigin href="./assets/Block-b1.css">' in page
    assert "Slider-s1.js" not in page  # not on this page
    assert 'modulepreload crossorigin href="./assets/index-main.js"' not in page
    assert page.index("window.gradio_config") < page.index("modulepreload")


async def test_the_login_page_preloads_nothing(
    asgi_client: AsgiClientFactory, built_frontend: Path
) -> None:
    client = asgi_client(textbox_app(), auth=[("admin", "secret")])

    page = (await client.get("/")).text

    assert "auth_required" in page
    assert "modulepreload" not in page
