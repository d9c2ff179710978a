"""The page and the front end's text assets go out gzipped to clients that accept it."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from queue_apps import greet_app

from gradio.server.compression import GzipCache, accepts_gzip, worth_compressing

pytestmark = pytest.mark.anyio
AsgiClientFactory = Callable[..., httpx.AsyncClient]

SCRIPT = "export const greeting = 'hello';\n" * 400
"""About 13 kB of JavaScript: well worth compressing."""


@pytest.fixture
def built_frontend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "index-abc123.js").write_text(SCRIPT)
    (tmp_path / "assets" / "tiny-abc123.js").write_text("export {};")
    (tmp_path / "assets" / "font-abc123.woff2").write_bytes(b"\x00" * 4096)
    (tmp_path / "index.html").write_text(
        "<!doctype html><html><head><!--radiogram:head-->"
        '<script type="module" src="./assets/index-abc123.js"></script></head>'
        "<body><gradio-app></gradio-app></body></html>"
    )
    monkeypatch.setenv("RADIOGRAM_FRONTEND_DIR", str(tmp_path))
    return tmp_path


async def raw_get(client: httpx.AsyncClient, url: str, **headers: str) -> httpx.Response:
    """A GET whose body is left as sent (httpx would otherwise decode gzip)."""
    async with client.stream("GET", url, headers=headers) as response:
        response._content = b"".join([chunk async for chunk in response.aiter_raw()])
    return response


def test_accept_encoding_is_read_with_its_quality_values() -> None:
    assert accepts_gzip("gzip, deflate, br")
    assert accepts_gzip("GZIP;q=0.5")
    assert accepts_gzip("*")
    assert not accepts_gzip("br;q=1, gzip;q=0")
    assert not accepts_gzip("identity")
    assert not accepts_gzip(None)


def test_only_text_of_some_size_is_worth_compressing() -> None:
    assert worth_compressing("application/javascript", 50_000)
    assert worth_compressing("text/css; charset=utf-8", 2_000)
    assert not worth_compressing("text/css", 200)
    assert not worth_compressing("font/woff2", 50_000)


def test_the_cache_keeps_the_most_recently_used_bodies() -> None:
    cache = GzipCache(capacity=2, level=1)
    for key in ("a", "b", "c"):
        cache.put(key, cache.compress(key.encode() * 10))
    assert cache.get("a") is None
    assert gzip.decompress(cache.get("c") or b"") == b"c" * 10


async def test_a_script_asset_is_sent_gzipped_and_decodes_to_the_file(
    asgi_client: AsgiClientFactory, built_frontend: Path
) -> None:
    client = asgi_client(greet_app())

    response = await raw_get(client, "/assets/index-abc123.js", **{"accept-encoding": "gzip"})

    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["vary"] == "Accept-Encoding"
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert response.headers["content-type"].startswith("text/javascript")
    assert len(response.content) < len(SCRIPT) / 10
    assert gzip.decompress(response.content).decode() == SCRIPT


async def test_a_client_that_does_not_accept_gzip_gets_the_plain_file(
    asgi_client: AsgiClientFactory, built_frontend: Path
) -> None:
    client = asgi_client(greet_app())

    response = await raw_get(client, "/assets/index-abc123.js", **{"accept-encoding": "identity"})

    assert "content-encoding" not in response.headers
    assert response.content.decode() == SCRIPT


async def test_small_files_and_fonts_are_sent_as_they_are(
    asgi_client: AsgiClientFactory, built_frontend: Path
) -> None:
    client = asgi_client(greet_app())

    for name in ("tiny-abc123.js", "font-abc123.woff2"):
        response = await raw_get(client, f"/assets/{name}", **{"accept-encoding": "gzip"})
        assert response.status_code == 200
        assert "content-encoding" not in response.headers


async def test_a_revalidated_gzipped_asset_answers_304(
    asgi_client: AsgiClientFactory, built_frontend: Path
) -> None:
    client = asgi_client(greet_app())
    first = await raw_get(client, "/assets/index-abc123.js", **{"accept-encoding": "gzip"})

    again = await raw_get(
        client,
        "/assets/index-abc123.js",
        **{"accept-encoding": "gzip", "if-none-match": first.headers["etag"]},
    )

    assert again.status_code == 304
    assert again.content == b""


async def test_the_page_is_gzipped_and_matches_the_plain_page(
    asgi_client: AsgiClientFactory, built_frontend: Path
) -> None:
    client = asgi_client(greet_app())

    plain = await raw_get(client, "/", **{"accept-encoding": "identity"})
    packed = await raw_get(client, "/", **{"accept-encoding": "gzip"})
    packed_again = await raw_get(client, "/", **{"accept-encoding": "gzip"})

    assert "content-encoding" not in plain.headers
    assert packed.headers["content-encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain.content
    assert packed_again.content == packed.content
    assert b"window.gradio_config" in plain.content
