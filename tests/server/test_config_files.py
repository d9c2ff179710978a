"""Files given as components' values in the constructor are cached and served, as outputs
are: the config carries their cache path and a URL under the request's root."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

import gradio as gr
from gradio.server.app import create_app
from gradio.server.settings import ServerSettings

pytestmark = pytest.mark.anyio
AsgiClientFactory = Callable[..., httpx.AsyncClient]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("first notes")
    (tmp_path / "pixel.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")
    return tmp_path


async def test_constructor_files_get_a_cache_path_and_a_url_that_serves_them(
    workdir: Path, asgi_client: AsgiClientFactory
) -> None:
    with gr.Blocks() as demo:
        gr.File(value="notes.txt")
        gr.Image(value="pixel.png", type="filepath")
        gr.Gallery(value=[("pixel.png", "a caption")])
    client = asgi_client(demo)

    components = (await client.get("/config")).json()["components"]
    file_value = components[0]["props"]["value"]
    image_value = components[1]["props"]["value"]
    gallery_value = components[2]["props"]["value"]

    cache = str(workdir / "cache")
    assert file_value["path"].startswith(cache) and file_value["path"].endswith("notes.txt")
    assert file_value["url"] == f"http://127.0.0.1:7860/gradio_api/file={file_value['path']}"
    assert (await client.get(file_value["url"])).text == "first notes"
    assert (await client.get(image_value["url"])).content.startswith(b"\x89PNG")
    assert gallery_value[0]["caption"] == "a caption"
    assert (await client.get(gallery_value[0]["image"]["url"])).status_code == 200


async def test_the_url_follows_the_root_of_each_request(
    workdir: Path, asgi_client: AsgiClientFactory
) -> None:
    with gr.Blocks() as demo:
        gr.File(value="notes.txt")
    client = asgi_client(demo)

    config = (await client.get("/config", headers={"host": "example.test:8080"})).json()

    url = config["components"][0]["props"]["value"]["url"]
    assert url.startswith("http://example.test:8080/gradio_api/file=")


def test_a_constructor_file_the_app_may_not_serve_stops_the_server_with_its_reason(
    workdir: Path,
) -> None:
    secret = workdir / "secret.txt"
    secret.write_text("TOKEN=1")
    with gr.Blocks() as demo:
        gr.File(value=str(secret))

    with pytest.raises(ValueError, match=r"The value of a file \(id \d+\).*secret\.txt"):
        create_app(demo, ServerSettings(blocked_paths=[str(secret)]))
