"""Malformed or wrong requests get a clear 4xx (or a failed event) and hurt nobody else."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from queue_apps import greet_app

import gradio as gr

pytestmark = pytest.mark.anyio
AsgiClientFactory = Callable[..., httpx.AsyncClient]
JOIN = "/gradio_api/queue/join"


async def test_a_join_without_fn_index_is_refused_as_gradio_does(
    asgi_client: AsgiClientFactory,
) -> None:
    client = asgi_client(greet_app())
    response = await client.post(JOIN, json={"data": ["x"], "session_hash": "s1"})
    assert response.status_code == 400
    assert response.json() == {"detail": "No function index provided."}


async def test_a_join_without_session_hash_is_refused_as_gradio_does(
    asgi_client: AsgiClientFactory,
) -> None:
    client = asgi_client(greet_app())
    response = await client.post(JOIN, json={"data": ["x"], "fn_index": 0})
    assert response.status_code == 400
    assert response.json() == {"detail": "Session hash not found."}


async def test_an_unknown_fn_index_is_a_404_not_a_server_error(
    asgi_client: AsgiClientFactory,
) -> None:
    client = asgi_client(greet_app())
    response = await client.post(JOIN, json={"data": ["x"], "fn_index": 99, "session_hash": "s"})
    assert response.status_code == 404
    assert response.json() == {"detail": "Function index 99 not found."}


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"[1, 2]", b'"text"'],
    ids=["broken", "array", "string"],
)
async def test_a_body_that_is_not_a_json_object_is_a_422(
    asgi_client: AsgiClientFactory, body: bytes
) -> None:
    client = asgi_client(greet_app())
    response = await client.post(JOIN, content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][0] == "body"


async def test_mistyped_fields_are_listed_in_a_422(asgi_client: AsgiClientFactory) -> None:
    client = asgi_client(greet_app())
    response = await client.post(
        JOIN, json={"data": "not a list", "fn_index": "0", "session_hash": "s"}
    )
    assert response.status_code == 422
    assert [error["loc"] for error in response.json()["detail"]] == [
        ["body", "data"],
        ["body", "fn_index"],
    ]


async def test_cancel_and_reset_require_their_fields(asgi_client: AsgiClientFactory) -> None:
    client = asgi_client(greet_app())
    cancel = await client.post("/gradio_api/cancel", json={"event_id": "nope"})
    assert cancel.status_code == 422
    assert [e["loc"][1] for e in cancel.json()["detail"]] == ["session_hash", "fn_index"]
    reset = await client.post("/gradio_api/reset", json={})
    assert reset.status_code == 422
    unknown = await client.post(
        "/gradio_api/cancel", json={"session_hash": "x", "fn_index": 0, "event_id": "nope"}
    )
    assert unknown.json() == {"success": True}
    assert (await client.post("/gradio_api/reset", json={"event_id": "nope"})).json() == {
        "success": True
    }


async def test_a_full_queue_answers_503_with_gradios_message(
    asgi_client: AsgiClientFactory,
) -> None:
    import threading

    gate = threading.Event()

    def held(x: str) -> str:
        gate.wait(5)
        return x

    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(held, box, box)
    demo.queue(max_size=2)
    client = asgi_client(demo)
    codes = []
    for i in range(4):
        response = await client.post(
            JOIN, json={"data": ["x"], "fn_index": 0, "session_hash": f"full{i}"}
        )
        codes.append(response.status_code)
    gate.set()
    assert codes == [200, 200, 200, 503]
    assert response.json() == {"detail": "Queue is full. Max size is 2 and size is 2."}


async def test_a_failing_function_does_not_stop_the_next_event(
    asgi_client: AsgiClientFactory,
) -> None:
    def picky(x: str) -> str:
        if x == "bad":
            raise ValueError("no")
        return x

    client = asgi_client(gr.Interface(picky, "text", "text"))
    await client.post(JOIN, json={"data": ["bad"], "fn_index": 0, "session_hash": "p"})
    await client.post(JOIN, json={"data": ["good"], "fn_index": 0, "session_hash": "p"})
    text = (await client.get("/gradio_api/queue/data", params={"session_hash": "p"})).text
    assert '"output":{"error":null},"success":false' in text
    assert '"data":["good"]' in text


async def test_a_wrong_type_for_a_component_fails_only_that_event(
    asgi_client: AsgiClientFactory,
) -> None:
    client = asgi_client(gr.Interface(lambda n: n * 2, "number", "number"))
    await client.post(JOIN, json={"data": [{"a": 1}], "fn_index": 0, "session_hash": "t"})
    await client.post(JOIN, json={"data": [2], "fn_index": 0, "session_hash": "t"})
    text = (await client.get("/gradio_api/queue/data", params={"session_hash": "t"})).text
    assert text.count('"success":false') == 1
    assert '"data":[4' in text
