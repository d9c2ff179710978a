"""Per-session State: copies of the default, change detection, and when values are freed."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import gradio as gr
from gradio.queue.session import SessionStore, StateSpec


def test_each_session_starts_from_its_own_copy_of_the_default() -> None:
    store = SessionStore({1: StateSpec(default=[])})
    store.get("a", 1).append("only a")
    assert store.get("a", 1) == ["only a"]
    assert store.get("b", 1) == []


def test_setting_reports_whether_the_value_changed() -> None:
    store = SessionStore({1: StateSpec(default=0)})
    assert store.set("a", 1, 1) is True
    assert store.set("a", 1, 1) is False


def test_an_ended_session_is_freed_after_the_grace_period() -> None:
    freed: list[Any] = []
    store = SessionStore({1: StateSpec(default=0, delete_callback=freed.append)}, grace=10)
    store.set("a", 1, 42)
    store.end("a")
    assert store.sweep(now=time.monotonic() + 5) == 0
    assert store.sweep(now=time.monotonic() + 11) == 1
    assert "a" not in store
    assert freed == [42]


def test_a_session_that_comes_back_is_kept() -> None:
    store = SessionStore({1: StateSpec(default=0)}, grace=0)
    store.set("a", 1, 7)
    store.end("a")
    store.resume("a")
    assert store.sweep(now=time.monotonic() + 1) == 0
    assert store.get("a", 1) == 7


def test_a_value_past_its_time_to_live_starts_over() -> None:
    store = SessionStore({1: StateSpec(default="fresh", time_to_live=0.05)})
    store.set("a", 1, "old")
    time.sleep(0.1)
    assert store.get("a", 1) == "fresh"


def test_the_least_recently_used_sessions_go_beyond_capacity() -> None:
    store = SessionStore({1: StateSpec(default=0)}, capacity=2)
    for session in ("a", "b", "c"):
        store.set(session, 1, 1)
    assert "a" not in store
    assert len(store) == 2


@pytest.mark.anyio
async def test_state_outputs_stay_on_the_server_and_changes_of_listened_state_are_reported(
    asgi_client: Callable[..., httpx.AsyncClient],
) -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        history = gr.State([])
        box.submit(lambda x, h: (x, [*h, x]), [box, history], [box, history])
        history.change(lambda h: str(h), history, box)
    client = asgi_client(demo)
    for word in ("one", "two"):
        await client.post(
            "/gradio_api/queue/join",
            json={"data": [word, None], "fn_index": 0, "session_hash": "st"},
        )
    text = (await client.get("/gradio_api/queue/data", params={"session_hash": "st"})).text
    assert '"data":["two",null]' in text
    assert text.count(f'"changed_state_ids":[{history.id}]') == 2
    await client.post(
        "/gradio_api/queue/join", json={"data": [None], "fn_index": 1, "session_hash": "st"}
    )
    text = (await client.get("/gradio_api/queue/data", params={"session_hash": "st"})).text
    assert "\"data\":[\"['one', 'two']\"]" in text
