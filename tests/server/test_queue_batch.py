"""`batch=True`: the queue gathers waiting events of one listener into one call."""

from __future__ import annotations

import threading
from collections.abc import Callable

import httpx
import orjson
import pytest

import gradio as gr

pytestmark = pytest.mark.anyio
AsgiClientFactory = Callable[..., httpx.AsyncClient]


async def test_waiting_events_are_run_together_up_to_max_batch_size(
    asgi_client: AsgiClientFactory,
) -> None:
    gate = threading.Event()
    sizes: list[int] = []

    def shout(words: list[str]) -> list[list[str]]:
        sizes.append(len(words))
        gate.wait(5)
        return [[w.upper() for w in words]]

    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(shout, box, box, batch=True, max_batch_size=3)
    client = asgi_client(demo)
    for word in ("a", "b", "c", "d", "e"):
        await client.post(
            "/gradio_api/queue/join",
            json={"data": [word], "fn_index": 0, "session_hash": "batch"},
        )
    gate.set()
    text = (await client.get("/gradio_api/queue/data", params={"session_hash": "batch"})).text
    completed = [
        orjson.loads(line[6:])
        for line in text.splitlines()
        if line.startswith("data: ") and "process_completed" in line
    ]
    assert sizes == [1, 3, 1]
    assert sorted(m["output"]["data"][0] for m in completed) == ["A", "B", "C", "D", "E"]
    assert all(m["output"]["is_generating"] is None for m in completed)
