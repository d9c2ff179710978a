"""`Blocks.unload`: the functions run when a session's heartbeat stream closes."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx

import gradio as gr


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_unload_functions_run_once_the_page_has_gone(live_server: Callable[..., str]) -> None:
    ran: list[str] = []
    finished = threading.Event()

    def forget() -> None:
        ran.append("sync")

    async def forget_async() -> None:
        ran.append("async")
        finished.set()

    with gr.Blocks() as demo:
        gr.Textbox()
        demo.unload(forget)
        demo.unload(forget_async)
    url = live_server(demo)

    with httpx.stream("GET", f"{url}/gradio_api/heartbeat/visitor", timeout=5) as stream:
        assert next(stream.iter_lines()).startswith("data:")
        assert ran == []
    assert finished.wait(5)
    assert ran == ["sync", "async"]


def test_a_failing_unload_function_does_not_stop_the_next(
    live_server: Callable[..., str],
) -> None:
    ran: list[str] = []

    def broken() -> None:
        raise RuntimeError("boom")

    with gr.Blocks() as demo:
        demo.unload(broken)
        demo.unload(lambda: ran.append("after"))
    url = live_server(demo)

    with httpx.stream("GET", f"{url}/gradio_api/heartbeat/visitor", timeout=5) as stream:
        next(stream.iter_lines())
    assert wait_for(lambda: ran == ["after"])
    assert httpx.get(f"{url}/config").status_code == 200
