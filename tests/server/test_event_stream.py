"""Event streams on a live server: the client leaving a silent stream is noticed at once,
the wire stays Starlette's, and the hot path loads nothing beyond what it needs."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import gradio as gr
from gradio.server.app import create_app

LiveServer = Callable[..., str]


def test_leaving_a_silent_stream_cancels_the_running_event_at_once(
    live_server: LiveServer,
) -> None:
    started, cancelled = threading.Event(), threading.Event()

    async def wait_long(text: str) -> str:
        started.set()
        try:
            await asyncio.sleep(60)  # no message for a minute: only the watcher can tell
        except asyncio.CancelledError:
            cancelled.set()
            raise
        return text

    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(wait_long, box, box)
    url = live_server(demo)

    with httpx.Client(base_url=url, timeout=10) as client:
        client.post(
            "/gradio_api/queue/join",
            json={"data": ["x"], "fn_index": 0, "session_hash": "silent"},
        ).raise_for_status()
        with client.stream(
            "GET", "/gradio_api/queue/data", params={"session_hash": "silent"}
        ) as response:
            assert response.status_code == 200
            assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
            assert response.headers["cache-control"] == "no-cache"
            assert response.headers["x-accel-buffering"] == "no"
            for line in response.iter_lines():
                if "process_starts" in line:
                    break
            assert started.wait(5)
        left_at = time.monotonic()  # leaving the block closed the connection

    assert cancelled.wait(5), "the event kept running after its client left"
    assert time.monotonic() - left_at < 2.0


def test_the_first_events_do_not_load_anyio_backends() -> None:
    # Each module loaded on the first event stays resident: it is memory that looks like
    # growth after a load test. The queue's threads and streams need none of anyio.
    script = textwrap.dedent(
        """
        import sys, httpx, gradio as gr

        def echo(text):
            return text

        def count(text):
            yield from text

        with gr.Blocks() as demo:
            box = gr.Textbox()
            box.submit(echo, box, box, api_name="echo")
            box.change(count, box, box, api_name="count")
        _, url, _ = demo.launch(prevent_thread_lock=True, quiet=True)
        with httpx.Client(base_url=url, timeout=10) as client:
            for fn_index in (0, 1):
                session = f"s{fn_index}"
                client.post(
                    "gradio_api/queue/join",
                    json={"data": ["hi"], "fn_index": fn_index, "session_hash": session},
                ).raise_for_status()
                body = client.get("gradio_api/queue/data", params={"session_hash": session})
                assert "process_completed" in body.text, body.text
            posted = client.post("gradio_api/call/echo", json={"data": ["hi"]}).json()
            result = client.get(f"gradio_api/call/echo/{posted['event_id']}")
            assert "event: complete" in result.text, result.text
        loaded = sorted(name for name in sys.modules if name.startswith("anyio._backends"))
        print(loaded)
        demo.close()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


async def asgi_get(app: Any, path: str, query: str) -> list[dict[str, Any]]:
    """Call the ASGI app directly and record every message it sends."""
    sent: list[dict[str, Any]] = []
    requested = False

    async def receive() -> dict[str, Any]:
        nonlocal requested
        if not requested:
            requested = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()  # the client never leaves
        raise AssertionError("unreachable")

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1:7860")],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 7860),
    }
    await app(scope, receive, send)
    return sent


@pytest.mark.anyio
async def test_the_last_messages_leave_with_close_stream_and_the_end_of_the_body() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(lambda text: text[::-1], box, box)
    app = create_app(demo)
    transport = httpx.ASGITransport(app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:7860") as client:
        joined = await client.post(
            "/gradio_api/queue/join",
            json={"data": ["abc"], "fn_index": 0, "session_hash": "one-write"},
        )
        assert joined.status_code == 200
        await asyncio.sleep(0.2)  # the event runs to its end before anyone reads

        sent = await asgi_get(app, "/gradio_api/queue/data", "session_hash=one-write")

    bodies = [m for m in sent if m["type"] == "http.response.body"]
    assert len(bodies) == 1, "buffered messages, close_stream and the end: one write"
    assert bodies[0]["more_body"] is False
    text = bodies[0]["body"].decode()
    assert text.index('"process_completed"') < text.index('"close_stream"')
    assert text.endswith('data: {"msg":"close_stream","event_id":null}\n\n')
    assert '"cba"' in text
