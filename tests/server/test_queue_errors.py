"""Failed events on the queue stream, compared with Gradio's captured messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

import gradio as gr

pytestmark = pytest.mark.anyio
AsgiClientFactory = Callable[..., httpx.AsyncClient]
CAPTURES = Path(__file__).parent.parent / "fixtures" / "captures"


def gr_err(x: str) -> str:
    raise gr.Error(f"custom failure message: {x}")


def plain_err(x: str) -> str:
    raise RuntimeError(f"secret internal detail {x}")


def err_opts(x: str) -> str:
    raise gr.Error("titled", duration=3, title="My Title")


def gen_err(x: str):  # type: ignore[no-untyped-def]
    yield "first"
    raise gr.Error("failed mid-stream")


def last_message(text: str) -> dict[str, Any]:
    """The `process_completed` message of a stream, without its event id."""
    found = [
        orjson.loads(line[6:])
        for line in text.splitlines()
        if line.startswith("data: ") and "process_completed" in line
    ]
    message: dict[str, Any] = found[-1]
    message.pop("event_id")
    return message


@pytest.mark.parametrize("show_error", [False, True])
@pytest.mark.parametrize("fn", [gr_err, plain_err, err_opts, gen_err], ids=lambda f: f.__name__)
async def test_a_failed_event_completes_like_the_capture(
    asgi_client: AsgiClientFactory, fn: Callable[[str], Any], show_error: bool
) -> None:
    demo = gr.Interface(fn, "text", "text")
    # A generator's Interface runs a Submit/Stop swap first: join the user's function itself.
    fn_index = next(dep.id for dep in demo.fns if dep.fn is fn)
    client = asgi_client(demo, show_error=show_error)
    await client.post(
        "/gradio_api/queue/join", json={"data": ["X"], "fn_index": fn_index, "session_hash": "e"}
    )
    ours = (await client.get("/gradio_api/queue/data", params={"session_hash": "e"})).text
    name = f"f_errors.show_error_{str(show_error).lower()}.{fn.__name__}.queue_data.sse.txt"
    assert last_message(ours) == last_message((CAPTURES / name).read_text())


async def test_updates_are_postprocessed_and_skip_stays_empty(
    asgi_client: AsgiClientFactory,
) -> None:
    with gr.Blocks() as demo:
        a = gr.Textbox()
        b = gr.Textbox()
        a.submit(lambda x: (gr.update(value=f"updated {x}", label="new"), gr.skip()), a, [a, b])
    client = asgi_client(demo)
    await client.post(
        "/gradio_api/queue/join", json={"data": ["hi"], "fn_index": 0, "session_hash": "u"}
    )
    text = (await client.get("/gradio_api/queue/data", params={"session_hash": "u"})).text
    data = last_message(text)["output"]["data"]
    assert data[0]["__type__"] == "update" and data[0]["value"] == "updated hi"
    assert data[1] == {"__type__": "update"}
