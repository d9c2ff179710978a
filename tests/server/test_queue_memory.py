"""A finished event is freed by reference counting alone.

An event that stays in a reference cycle after it is done waits for the cyclic garbage
collector, which runs rarely for long-lived objects: under load thousands of finished
events (each dragging its request, headers and task along) pile up and the process keeps
that high-water mark as RSS. So every event, whatever the function did, must be gone the
moment the queue forgets it, with the collector switched off.
"""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import gradio as gr
from gradio.queue import queue as queue_module
from gradio.queue.queue import Queue

pytestmark = pytest.mark.anyio
AsgiClientFactory = Callable[..., httpx.AsyncClient]


def echo(text: str) -> str:
    return text


def spell(text: str) -> Iterator[str]:
    for i in range(1, len(text) + 1):
        yield text[:i]


async def shout(text: str) -> str:
    await asyncio.sleep(0)
    return text.upper()


def fail(text: str) -> str:
    raise gr.Error(f"no {text}")


def crash(text: str) -> str:
    raise ValueError(text)


def with_progress(text: str, progress: gr.Progress = gr.Progress()) -> str:
    progress(0.5, desc="half")
    gr.Info("working")
    return text


@pytest.fixture
def forgotten_events(monkeypatch: pytest.MonkeyPatch) -> list[weakref.ref[Any]]:
    """Weak references to every event the queue forgets (is done with)."""
    refs: list[weakref.ref[Any]] = []
    forget = Queue._forget

    def recording(self: Queue, event: Any) -> None:
        refs.append(weakref.ref(event))
        forget(self, event)

    monkeypatch.setattr(Queue, "_forget", recording)
    return refs


@pytest.fixture
def collector_off(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # pytest's log capture keeps each record's traceback (and so its frames) alive.
    monkeypatch.setattr(queue_module.logger, "disabled", True)
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.parametrize("fn", [echo, spell, shout, fail, crash, with_progress])
async def test_a_finished_event_is_freed_without_the_cyclic_collector(
    fn: Callable[..., Any],
    asgi_client: AsgiClientFactory,
    forgotten_events: list[weakref.ref[Any]],
    collector_off: None,
) -> None:
    with gr.Blocks() as demo:
        text, out = gr.Textbox(), gr.Textbox()
        gr.Button().click(fn, text, out)
    client = asgi_client(demo)

    for i in range(3):
        session = f"memory-{fn.__name__}-{i}"
        joined = await client.post(
            "/gradio_api/queue/join",
            json={"data": ["abc"], "fn_index": 0, "session_hash": session},
        )
        assert joined.status_code == 200
        stream = await client.get("/gradio_api/queue/data", params={"session_hash": session})
        assert "process_completed" in stream.text
    for _ in range(3):  # let the finished tasks' last callbacks run
        await asyncio.sleep(0)

    assert len(forgotten_events) == 3
    alive = [ref() for ref in forgotten_events if ref() is not None]
    assert alive == [], f"{len(alive)} finished events are only freed by the cyclic collector"


async def test_a_cancelled_event_is_freed_without_the_cyclic_collector(
    asgi_client: AsgiClientFactory,
    forgotten_events: list[weakref.ref[Any]],
    collector_off: None,
) -> None:
    release = asyncio.Event()

    async def wait(text: str) -> str:
        await release.wait()
        return text

    with gr.Blocks() as demo:
        text, out = gr.Textbox(), gr.Textbox()
        gr.Button().click(wait, text, out)
    client = asgi_client(demo)

    joined = await client.post(
        "/gradio_api/queue/join", json={"data": ["x"], "fn_index": 0, "session_hash": "c"}
    )
    event_id = joined.json()["event_id"]
    await asyncio.sleep(0.01)  # let it start
    cancelled = await client.post(
        "/gradio_api/cancel", json={"session_hash": "c", "fn_index": 0, "event_id": event_id}
    )
    assert cancelled.json() == {"success": True}
    stream = await client.get("/gradio_api/queue/data", params={"session_hash": "c"})
    assert "process_completed" in stream.text, stream.text
    for _ in range(3):
        await asyncio.sleep(0)

    assert len(forgotten_events) == 1
    assert forgotten_events[0]() is None
