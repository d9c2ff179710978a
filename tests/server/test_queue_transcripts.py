"""Finished queue transcripts, in-process: join, then read the session's stream."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import httpx
import orjson
import pytest
from queue_apps import greet_app

import gradio as gr
from gradio.server.sse import iter_events

pytestmark = pytest.mark.anyio
AsgiClientFactory = Callable[..., httpx.AsyncClient]


async def read_stream(client: httpx.AsyncClient, session_hash: str) -> list[dict[str, Any]]:
    response = await client.get("/gradio_api/queue/data", params={"session_hash": session_hash})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
    return [orjson.loads(event["data"]) for event in iter_events(response.text.splitlines())]


async def test_a_joined_event_streams_estimation_start_completion_and_close(
    asgi_client: AsgiClientFactory,
) -> None:
    client = asgi_client(greet_app())
    joined = await client.post(
        "/gradio_api/queue/join",
        json={"data": ["World"], "fn_index": 0, "session_hash": "abc123sess", "trigger_id": 3},
    )
    assert joined.status_code == 200
    event_id = joined.json()["event_id"]
    assert len(event_id) == 32

    stream = await read_stream(client, "abc123sess")

    assert [m["msg"] for m in stream] == [
        "estimation",
        "process_starts",
        "process_completed",
        "close_stream",
    ]
    assert stream[0] == {
        "msg": "estimation",
        "event_id": event_id,
        "rank": 0,
        "queue_size": 1,
        "rank_eta": None,
    }
    completed = stream[2]
    assert completed["success"] is True
    assert completed["output"]["data"] == ["Hello World!"]
    assert list(completed) == [
        "msg",
        "event_id",
        "output",
        "success",
        "title",
        "used_cache",
        "cache_duration",
        "avg_time",
    ]
    assert stream[3] == {"msg": "close_stream", "event_id": None}


async def test_a_stream_for_an_unknown_session_reports_session_not_found(
    asgi_client: AsgiClientFactory,
) -> None:
    client = asgi_client(greet_app())
    assert await read_stream(client, "nobody") == [
        {
            "msg": "unexpected_error",
            "event_id": None,
            "message": "404: Not Found",
            "session_not_found": True,
            "success": False,
        }
    ]


async def test_two_events_of_one_session_share_one_stream(asgi_client: AsgiClientFactory) -> None:
    client = asgi_client(greet_app())
    ids = [
        (
            await client.post(
                "/gradio_api/queue/join",
                json={"data": [name], "fn_index": 0, "session_hash": "s"},
            )
        ).json()["event_id"]
        for name in ("Ann", "Bob")
    ]
    stream = await read_stream(client, "s")
    completed = {
        m["event_id"]: m["output"]["data"] for m in stream if m["msg"] == "process_completed"
    }
    assert completed == {ids[0]: ["Hello Ann!"], ids[1]: ["Hello Bob!"]}
    assert [m["msg"] for m in stream].count("close_stream") == 1


async def test_too_few_inputs_fail_the_event_on_the_stream_without_details(
    asgi_client: AsgiClientFactory,
) -> None:
    client = asgi_client(greet_app())
    await client.post(
        "/gradio_api/queue/join", json={"data": [], "fn_index": 0, "session_hash": "b"}
    )
    completed = [m for m in await read_stream(client, "b") if m["msg"] == "process_completed"]
    assert completed[0]["output"] == {"error": None}
    assert completed[0]["success"] is False
    assert completed[0]["title"] == "Error"


async def test_extra_inputs_are_ignored(asgi_client: AsgiClientFactory) -> None:
    client = asgi_client(greet_app())
    await client.post(
        "/gradio_api/queue/join", json={"data": ["a", "b"], "fn_index": 0, "session_hash": "x"}
    )
    completed = [m for m in await read_stream(client, "x") if m["msg"] == "process_completed"]
    assert completed[0]["output"]["data"] == ["Hello a!"]


async def test_waiting_events_are_told_their_rank_as_the_line_moves(
    asgi_client: AsgiClientFactory,
) -> None:
    gate = threading.Event()

    def held(x: str) -> str:
        gate.wait(5)
        return x

    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(held, box, box)
    client = asgi_client(demo)
    ids = []
    for session in ("r0", "r1", "r2"):
        joined = await client.post(
            "/gradio_api/queue/join",
            json={"data": [session], "fn_index": 0, "session_hash": session},
        )
        ids.append(joined.json()["event_id"])
    gate.set()
    last = await read_stream(client, "r2")
    estimations = [(m["rank"], m["queue_size"]) for m in last if m["msg"] == "estimation"]
    assert estimations == [(1, 2), (0, 1)]
    assert [m["msg"] for m in last][-3:] == ["process_starts", "process_completed", "close_stream"]
