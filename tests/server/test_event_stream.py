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

import httpx

import gradio as gr

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
