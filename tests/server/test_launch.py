"""`demo.launch()` and `demo.close()`: a real server in a thread."""

from __future__ import annotations

import httpx
import pytest
from queue_apps import greet_app

from gradio.server.launch import bind_socket, close_all


def test_launch_serves_the_page_and_runs_events_then_close_stops_it() -> None:
    demo = greet_app()
    _, local_url, share_url = demo.launch(prevent_thread_lock=True, server_port=0, quiet=True)
    try:
        assert local_url.startswith("http://127.0.0.1:")
        assert share_url is None
        page = httpx.get(local_url)
        assert page.status_code == 200
        assert "window.gradio_config = " in page.text
        joined = httpx.post(
            local_url + "gradio_api/queue/join",
            json={"data": ["Live"], "fn_index": 0, "session_hash": "launch"},
        )
        stream = httpx.get(local_url + "gradio_api/queue/data?session_hash=launch")
        assert joined.status_code == 200
        assert '"data":["Hello Live!"]' in stream.text
    finally:
        demo.close()
    with pytest.raises(httpx.ConnectError):
        httpx.get(local_url)


def test_the_port_comes_from_gradio_server_port(monkeypatch: pytest.MonkeyPatch) -> None:
    free = bind_socket("127.0.0.1", 0)
    port = free.getsockname()[1]
    free.close()
    monkeypatch.setenv("GRADIO_SERVER_PORT", str(port))
    demo = greet_app()
    _, local_url, _ = demo.launch(prevent_thread_lock=True, quiet=True)
    try:
        assert local_url == f"http://127.0.0.1:{port}/"
    finally:
        demo.close()


def test_a_taken_port_is_reported_clearly() -> None:
    taken = bind_socket("127.0.0.1", 0)
    try:
        with pytest.raises(OSError, match="Cannot find empty port"):
            bind_socket("127.0.0.1", taken.getsockname()[1])
    finally:
        taken.close()


def test_launch_prints_the_local_url_unless_quiet(capsys: pytest.CaptureFixture[str]) -> None:
    demo = greet_app()
    _, local_url, _ = demo.launch(prevent_thread_lock=True, server_port=0, share=True)
    close_all()
    out = capsys.readouterr().out
    assert f"Running on local URL:  {local_url}" in out
    assert "share server" in out
    assert demo.server is None


@pytest.mark.anyio
async def test_an_app_mounted_in_fastapi_serves_under_its_path() -> None:
    from fastapi import FastAPI

    from gradio.server.mount import mount_gradio_app

    parent = FastAPI()

    @parent.get("/hello")
    def hello() -> dict[str, str]:
        return {"from": "parent"}

    mount_gradio_app(parent, greet_app(), path="/sub")
    transport = httpx.ASGITransport(parent)
    async with httpx.AsyncClient(transport=transport, base_url="http://h") as client:
        assert (await client.get("/hello")).json() == {"from": "parent"}
        config = (await client.get("/sub/config")).json()
        assert config["root"] == "http://h/sub"
        joined = await client.post(
            "/sub/gradio_api/queue/join",
            json={"data": ["mounted"], "fn_index": 0, "session_hash": "m"},
        )
        assert joined.status_code == 200
        stream = await client.get("/sub/gradio_api/queue/data?session_hash=m")
        assert '"data":["Hello mounted!"]' in stream.text
