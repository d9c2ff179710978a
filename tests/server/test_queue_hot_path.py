"""The queue's hot path: how messages wait for their reader, and how functions are called.

A reader takes everything buffered at once (one socket write per burst), and the kind of
a function (plain, coroutine, generator, async generator) is decided once, when the
listener is registered, so callable objects run the way their `__call__` is written.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import orjson
import pytest

import gradio as gr
from gradio.queue import queue as queue_module
from gradio.queue.mailbox import Mailbox
from gradio.server.sse import iter_events

pytestmark = pytest.mark.anyio
AsgiClientFactory = Callable[..., httpx.AsyncClient]


async def test_messages_buffered_before_the_reader_comes_leave_in_one_chunk_in_order() -> None:
    mailbox = Mailbox()
    mailbox.pending.add("e1")
    for i in range(3):
        mailbox.put(f"data: {i}\n\n".encode())

    chunk = await mailbox.get(timeout=1.0)

    assert chunk == b"data: 0\n\ndata: 1\n\ndata: 2\n\n"
    mailbox.finish("e1")
    assert await mailbox.get(timeout=1.0) is None
    assert mailbox.drained


async def test_a_reader_keeps_waiting_while_another_event_of_the_session_is_pending() -> None:
    mailbox = Mailbox()
    mailbox.pending.update({"first", "second"})

    async def produce() -> None:
        await asyncio.sleep(0.01)
        mailbox.finish("first")  # wakes the reader with nothing to read
        await asyncio.sleep(0.01)
        mailbox.put(b"data: second\n\n")

    producer = asyncio.ensure_future(produce())
    chunk = await mailbox.get(timeout=5.0)
    await producer

    assert chunk == b"data: second\n\n"
    assert mailbox.pending == {"second"}


async def test_a_silent_mailbox_times_out_so_the_stream_can_send_a_heartbeat() -> None:
    mailbox = Mailbox()
    mailbox.pending.add("slow")

    started = time.monotonic()
    assert await mailbox.get(timeout=0.05) is None

    assert 0.04 < time.monotonic() - started < 1.0
    assert not mailbox.drained


async def test_heartbeats_repeat_while_silent_and_a_message_restarts_the_silence() -> None:
    mailbox = Mailbox()
    mailbox.pending.add("slow")
    assert await mailbox.get(timeout=0.05) is None

    started = time.monotonic()
    assert await mailbox.get(timeout=0.05) is None  # the next silence, as long again
    assert 0.03 < time.monotonic() - started < 1.0

    asyncio.get_running_loop().call_later(0.02, mailbox.put, b"data: late\n\n")
    assert await mailbox.get(timeout=0.05) == b"data: late\n\n"
    mailbox.close()


class AsyncShout:
    """A callable object whose `__call__` is a coroutine function."""

    async def __call__(self, text: str) -> str:
        await asyncio.sleep(0)
        return text.upper()


class AsyncSpell:
    """A callable object whose `__call__` is an async generator."""

    async def __call__(self, text: str) -> AsyncIterator[str]:
        for i in range(1, len(text) + 1):
            yield text[:i]


async def read_messages(client: httpx.AsyncClient, session: str) -> list[dict[str, Any]]:
    response = await client.get("/gradio_api/queue/data", params={"session_hash": session})
    return [orjson.loads(e["data"]) for e in iter_events(response.text.splitlines())]


async def test_a_callable_object_with_an_async_call_is_awaited_on_the_loop(
    asgi_client: AsgiClientFactory,
) -> None:
    with gr.Blocks() as demo:
        text, out = gr.Textbox(), gr.Textbox()
        gr.Button().click(AsyncShout(), text, out)
    client = asgi_client(demo)

    await client.post(
        "/gradio_api/queue/join", json={"data": ["hey"], "fn_index": 0, "session_hash": "s1"}
    )
    messages = await read_messages(client, "s1")

    completed = [m for m in messages if m["msg"] == "process_completed"]
    assert completed[0]["success"] is True
    assert completed[0]["output"]["data"] == ["HEY"]


async def test_a_callable_object_with_an_async_generator_call_streams_its_steps(
    asgi_client: AsgiClientFactory,
) -> None:
    with gr.Blocks() as demo:
        text, out = gr.Textbox(), gr.Textbox()
        gr.Button().click(AsyncSpell(), text, out)
    client = asgi_client(demo)

    await client.post(
        "/gradio_api/queue/join", json={"data": ["abc"], "fn_index": 0, "session_hash": "s2"}
    )
    messages = await read_messages(client, "s2")

    generating = [m["output"]["data"] for m in messages if m["msg"] == "process_generating"]
    assert generating == [["a"], [[["append", [], "b"]]], [[["append", [], "c"]]]]
    assert messages[-2]["output"]["data"] == ["abc"]


async def test_a_fast_moving_line_gets_coalesced_rank_updates_in_decreasing_order(
    asgi_client: AsgiClientFactory,
) -> None:
    def quick(text: str) -> str:
        time.sleep(0.004)
        return text

    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(quick, box, box)
    client = asgi_client(demo)
    sessions = [f"line{i}" for i in range(30)]

    started = time.monotonic()
    for session in sessions:
        await client.post(
            "/gradio_api/queue/join",
            json={"data": [session], "fn_index": 0, "session_hash": session},
        )
    streams = [await read_messages(client, session) for session in sessions]
    elapsed = time.monotonic() - started

    last = streams[-1]
    ranks = [m["rank"] for m in last if m["msg"] == "estimation"]
    assert ranks == sorted(ranks, reverse=True) and len(set(ranks)) == len(ranks)
    # One update per broadcast interval at most, instead of one per event started.
    assert len(ranks) <= 2 + elapsed / queue_module.RANK_UPDATE_INTERVAL
    assert len(ranks) < 29
    for stream in streams:
        assert [m["msg"] for m in stream][-3:] == [
            "process_starts",
            "process_completed",
            "close_stream",
        ]
