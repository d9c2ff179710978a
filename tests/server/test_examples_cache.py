"""Cached examples: outputs computed at launch (or on first click) and served on click."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import orjson
import pytest

import gradio as gr
from gradio.server.sse import iter_events

pytestmark = pytest.mark.anyio
AsgiClientFactory = Callable[..., httpx.AsyncClient]


class CountingGreeter:
    """`greet`, counting its calls."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, name: str) -> str:
        self.calls.append(name)
        return "Hello " + name


def fn_index(demo: gr.Blocks, api_name: str) -> int:
    return next(fn.id for fn in demo.fns if fn.api_name == api_name)


async def run(client: httpx.AsyncClient, index: int, data: list[Any]) -> list[Any]:
    """Join one event on the queue and return its output data."""
    joined = await client.post(
        "/gradio_api/queue/join", json={"data": data, "fn_index": index, "session_hash": "s1"}
    )
    assert joined.status_code == 200, joined.text
    stream = await client.get("/gradio_api/queue/data", params={"session_hash": "s1"})
    messages = [orjson.loads(e["data"]) for e in iter_events(stream.text.splitlines())]
    completed = next(m for m in messages if m["msg"] == "process_completed")
    assert completed["success"] is True, completed
    data_out: list[Any] = completed["output"]["data"]
    return data_out


async def test_eager_caching_runs_every_example_at_launch_and_a_click_reads_the_cache(
    asgi_client: AsgiClientFactory,
) -> None:
    greet = CountingGreeter()
    demo = gr.Interface(greet, "text", "text", examples=[["a"], ["b"]], cache_examples=True)
    assert greet.calls == []
    for startup_event in demo.startup_events:  # what launch() does before serving
        startup_event()
    assert greet.calls == ["a", "b"]
    client = asgi_client(demo)

    clicked = 1  # the page sends the index of the clicked sample
    inputs = await client.post(
        "/gradio_api/run/predict",
        json={"data": [clicked], "fn_index": fn_index(demo, "load_example_input")},
    )
    outputs = await run(client, fn_index(demo, "load_example"), [clicked])

    assert inputs.json()["data"] == ["b"]
    assert outputs == ["Hello b"]
    assert greet.calls == ["a", "b"]


def test_launch_fills_the_cache_before_serving() -> None:
    greet = CountingGreeter()
    demo = gr.Interface(greet, "text", "text", examples=[["a"], ["b"]], cache_examples=True)
    demo.launch(prevent_thread_lock=True, quiet=True, server_port=0)
    try:
        assert greet.calls == ["a", "b"]
    finally:
        demo.close()


async def test_lazy_caching_runs_an_example_on_its_first_click_only(
    asgi_client: AsgiClientFactory,
) -> None:
    greet = CountingGreeter()
    demo = gr.Interface(
        greet, "text", "text", examples=[["a"], ["b"]], cache_examples=True, cache_mode="lazy"
    )
    assert demo.startup_events == []
    client = asgi_client(demo)
    load_example = fn_index(demo, "load_example")

    first = await run(client, load_example, [0])
    again = await run(client, load_example, [0])

    assert first == again == ["Hello a"]
    assert greet.calls == ["a"]


async def test_the_first_cached_example_is_shown_when_the_page_loads(
    asgi_client: AsgiClientFactory,
) -> None:
    demo = gr.Interface(
        CountingGreeter(), "text", "text", examples=[["a"], ["b"]], cache_examples=True
    )
    client = asgi_client(demo)
    loads = [fn for fn in demo.fns if fn.targets == [(demo.id, "load")]]
    assert [fn.api_name for fn in loads] == ["load_example_input_1", "load_example_output"]

    output = await run(client, loads[1].id, [None])

    assert output == ["Hello a"]


def test_an_input_with_its_own_value_turns_preloading_off() -> None:
    with gr.Blocks() as demo:
        name = gr.Textbox("Ada")
        out = gr.Textbox()
        gr.Examples([["a"]], name, out, fn=CountingGreeter(), cache_examples=True)

    assert [fn.api_name for fn in demo.fns] == ["load_example_input", "load_example"]


def test_caching_needs_a_function_and_outputs() -> None:
    with gr.Blocks(), pytest.raises(ValueError, match="`fn` and `outputs`"):
        gr.Examples([["a"]], gr.Textbox(), cache_examples=True)
