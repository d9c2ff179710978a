"""`/assets/{path}` and `/favicon.ico`: files of the build only, read once and kept, and
nothing of anyio loaded to serve them."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from queue_apps import greet_app

from gradio.server import assets as assets_module

pytestmark = pytest.mark.anyio
AsgiClientFactory = Callable[..., httpx.AsyncClient]

STYLE = "body { color: red; }\n" * 200


@pytest.fixture
def built_frontend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    build = tmp_path / "build"
    (build / "assets" / "nested").mkdir(parents=True)
    (build / "assets" / "index-abc.css").write_text(STYLE)
    (build / "assets" / "nested" / "chunk-def.js").write_text("export const x = 1;")
    (build / "index.html").write_text("<!doctype html><html><head></head><body></body></html>")
    (tmp_path / "secret.txt").write_text("not part of the build")
    (build / "assets" / "escape.txt").symlink_to(tmp_path / "secret.txt")
    monkeypatch.setenv("RADIOGRAM_FRONTEND_DIR", str(build))
    return build


async def test_an_asset_is_served_with_its_type_and_validators_and_head_has_no_body(
    asgi_client: AsgiClientFactory, built_frontend: Path
) -> None:
    client = asgi_client(greet_app())

    nested = await client.get("/assets/nested/chunk-def.js")
    head = await client.head("/assets/index-abc.css", headers={"accept-encoding": "identity"})

    assert nested.status_code == 200 and nested.text == "export const x = 1;"
    assert nested.headers["content-type"] == "text/javascript; charset=utf-8"
    assert nested.headers["etag"] and nested.headers["last-modified"]
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == str(len(STYLE))
    assert head.headers["content-type"] == "text/css; charset=utf-8"


@pytest.mark.parametrize(
    "path",
    [
        "/assets/escape.txt",  # a symlink out of the build
        "/assets/..%2Fsecret.txt",
        "/assets/%2E%2E/%2E%2E/secret.txt",
        "/assets/nested",  # a directory
        "/assets/missing.js",
        "/assets/a%00b.js",
    ],
)
async def test_only_regular_files_inside_the_build_are_served(
    asgi_client: AsgiClientFactory, built_frontend: Path, path: str
) -> None:
    client = asgi_client(greet_app())

    response = await client.get(path)

    assert response.status_code == 404
    assert "not part of the build" not in response.text


async def test_a_file_is_read_once_and_kept_within_the_memory_budget(
    asgi_client: AsgiClientFactory, built_frontend: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = asgi_client(greet_app())
    first = await client.get("/assets/index-abc.css")
    (built_frontend / "assets" / "index-abc.css").write_text("changed on disk")

    kept = await client.get("/assets/index-abc.css")

    assert first.text == kept.text == STYLE  # hashed names never change: no re-read
    monkeypatch.setattr(assets_module, "MAX_KEPT_BYTES", 0)
    (built_frontend / "assets" / "nested" / "chunk-def.js").write_text("export const x = 2;")
    assert (await client.get("/assets/nested/chunk-def.js")).text == "export const x = 2;"
    (built_frontend / "assets" / "nested" / "chunk-def.js").write_text("export const x = 3;")
    assert (await client.get("/assets/nested/chunk-def.js")).text == "export const x = 3;"


async def test_the_favicon_is_served_with_its_type(asgi_client: AsgiClientFactory) -> None:
    client = asgi_client(greet_app())

    response = await client.get("/favicon.ico")

    assert response.status_code == 200
    assert response.headers["content-type"] == "image/svg+xml"
    assert response.text.startswith("<svg")


def test_a_first_page_with_its_assets_and_icon_loads_no_anyio_backend(
    built_frontend: Path,
) -> None:
    script = textwrap.dedent(
        """
        import sys, httpx, gradio as gr
        demo = gr.Interface(lambda text: text, "text", "text")
        _, url, _ = demo.launch(prevent_thread_lock=True, quiet=True)
        with httpx.Client(base_url=url, timeout=10) as client:
            for path in ("", "assets/index-abc.css", "assets/nested/chunk-def.js",
                         "favicon.ico", "theme.css", "config"):
                assert client.get(path).status_code == 200, path
        print(sorted(name for name in sys.modules if name.startswith("anyio._backends")))
        demo.close()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
