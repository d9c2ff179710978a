"""G6: origins, `Host` and `X-Forwarded-*` against a live server.

A forged `Host` may change the URLs in the answer to that request only: what later
visitors receive (the page, the config, file URLs of their own outputs) never carries it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from attacks import join

import gradio as gr

LiveServer = Callable[..., str]
EVIL = "evil.example"
FORGED = [{"Host": EVIL}, {"X-Forwarded-Host": EVIL, "X-Forwarded-Proto": "https"}]


@pytest.fixture
def base(live_server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))
    out = tmp_path / "out.txt"
    out.write_text("output")
    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(lambda s: str(out), box, gr.File(), api_name="make")
    return live_server(demo)


@pytest.mark.parametrize("forged", FORGED)
def test_a_forged_host_never_reaches_what_other_visitors_are_served(
    base: str, forged: dict[str, str]
) -> None:
    for path in ["/", "/config", "/gradio_api/info"]:
        for encoding in ["gzip", "identity"]:
            headers = {**forged, "Accept-Encoding": encoding}
            assert EVIL in httpx.get(base + path, headers=headers).text
    for path in ["/", "/config", "/gradio_api/info"]:
        for encoding in ["gzip", "identity"]:
            text = httpx.get(base + path, headers={"Accept-Encoding": encoding}).text
            assert EVIL not in text, path


def test_a_forged_host_in_one_session_does_not_change_file_urls_of_another(base: str) -> None:
    with httpx.Client(base_url=base, headers={"Host": EVIL}) as attacker:
        session = uuid.uuid4().hex
        body = {"data": ["x"], "fn_index": 0, "session_hash": session}
        assert attacker.post("/gradio_api/queue/join", json=body).status_code == 200
        attacker.get(f"/gradio_api/queue/data?session_hash={session}").read()
    message = join(base, 0, ["x"], uuid.uuid4().hex)
    [filedata] = message["output"]["data"]
    assert filedata["url"].startswith(base + "/gradio_api/file=")


@pytest.mark.parametrize(
    "origin",
    [
        "null",
        "http://evil.example",
        "http://localhost.evil.example",
        "http://127.0.0.1.nip.io",
        "file://",
        "http://127.0.0.1@evil.example",
    ],
)
def test_untrusted_origins_cannot_write_anywhere(base: str, origin: str) -> None:
    headers = {"Origin": origin}
    writes = [
        ("/gradio_api/queue/join", {"json": {"data": ["x"], "fn_index": 0, "session_hash": "s"}}),
        ("/gradio_api/call/make", {"json": {"data": ["x"]}}),
        ("/gradio_api/run/make", {"json": {"data": ["x"]}}),
        ("/gradio_api/upload", {"files": {"files": ("a.txt", b"a")}}),
        ("/login", {"data": {"username": "u", "password": "p"}}),
    ]
    for path, kwargs in writes:
        answer = httpx.post(base + path, headers=headers, **kwargs)  # type: ignore[arg-type]
        assert answer.status_code == 403, path
        assert "access-control-allow-origin" not in answer.headers


def test_an_untrusted_origin_can_read_nothing(base: str) -> None:
    for origin in ["null", "http://evil.example"]:
        answer = httpx.get(f"{base}/config", headers={"Origin": origin})
        assert "access-control-allow-origin" not in answer.headers


def test_a_localhost_origin_is_trusted_by_a_localhost_server(base: str) -> None:
    answer = httpx.post(
        f"{base}/gradio_api/run/make",
        json={"data": ["x"]},
        headers={"Origin": "http://localhost:5173"},
    )
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == "http://localhost:5173"
