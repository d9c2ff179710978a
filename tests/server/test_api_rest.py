"""Calling endpoints by name: the two-step REST API and the synchronous `/run` routes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from queue_apps import greet_app

import gradio as gr

pytestmark = pytest.mark.anyio
AsgiClientFactory = Callable[..., httpx.AsyncClient]
CAPTURES = Path(__file__).parent.parent / "fixtures" / "captures"


async def call(client: httpx.AsyncClient, path: str, body: object) -> str:
    """POST a call, then GET its result stream; returns the raw stream text."""
    posted = await client.post(f"/gradio_api/call/{path}", json=body)
    assert posted.status_code == 200, posted.text
    name = path.removeprefix("v2/")
    return (await client.get(f"/gradio_api/call/{name}/{posted.json()['event_id']}")).text


def result_of(stream: str) -> tuple[str, Any]:
    """(event name, parsed data) of a one-event stream."""
    event, data = stream.strip().split("\n")
    return event.removeprefix("event: "), json.loads(data.removeprefix("data: "))


async def test_a_positional_call_streams_its_result_like_the_capture(
    asgi_client: AsgiClientFactory,
) -> None:
    client = asgi_client(greet_app())
    assert (
        await call(client, "greet", {"data": ["Alice"]})
        == (CAPTURES / "a_greet.call_get.sse.txt").read_text()
    )


async def test_a_keyword_call_uses_parameter_names_and_component_defaults(
    asgi_client: AsgiClientFactory,
) -> None:
    with gr.Blocks() as demo:
        a = gr.Number(value=1)
        b = gr.Number(value=2)
        seen = gr.State([])
        total = gr.Number()

        def add(x: float, y: float, history: list[float]) -> tuple[float, list[float]]:
            return x + y, [*history, x + y]

        gr.Button().click(add, [a, b, seen], [total, seen], api_name="add")
    client = asgi_client(demo)
    assert result_of(await call(client, "v2/add", {"x": 5})) == ("complete", [7, None])
    assert result_of(await call(client, "v2/add", {"x": 5, "y": 6})) == ("complete", [11, None])
    assert result_of(await call(client, "add", {"data": [1, 1]})) == ("complete", [2, None])
    unknown = await client.post("/gradio_api/call/v2/add", json={"data": [1, 2]})
    assert unknown.status_code == 422


async def test_number_results_go_out_as_ints_when_the_function_returns_ints_like_the_capture(
    asgi_client: AsgiClientFactory,
) -> None:
    with gr.Blocks() as demo:
        a = gr.Number(value=1)
        b = gr.Number(value=2)
        total = gr.Number()
        gr.Button().click(lambda x, y: x + y, [a, b], total, api_name="add")
    client = asgi_client(demo)
    recorded = json.loads((CAPTURES / "b_blocks.call_v1_v2_variants.json").read_text())
    first = recorded[0]
    assert first["request"]["json"] == {"x": 5}

    stream = await call(client, "v2/add", first["request"]["json"])

    assert stream == first["stream_raw"].replace("[7, null]", "[7]")
    assert await call(client, "v2/add", {"x": 2.5}) == "event: complete\ndata: [4.5]\n\n"


async def test_a_generator_call_sends_full_values_each_time(
    asgi_client: AsgiClientFactory,
) -> None:
    def count(n: str):  # type: ignore[no-untyped-def]
        for i in range(3):
            yield "".join(f"line {j}\n" for j in range(i + 1))

    client = asgi_client(gr.Interface(count, "text", "text"))
    assert (
        await call(client, "count", {"data": ["x"]})
        == (CAPTURES / "c_stream.count.call_get.sse.txt").read_text()
    )


@pytest.mark.parametrize("show_error", [False, True])
@pytest.mark.parametrize("case", ["gr_err", "plain_err", "err_opts", "gen_err"])
async def test_errors_on_the_rest_stream_match_the_captures(
    asgi_client: AsgiClientFactory, case: str, show_error: bool
) -> None:
    def gr_err(x: str) -> str:
        raise gr.Error(f"custom failure message: {x}")

    def plain_err(x: str) -> str:
        raise RuntimeError(f"secret internal detail {x}")

    def err_opts(x: str) -> str:
        raise gr.Error("titled", duration=3, title="My Title")

    def gen_err(x: str):  # type: ignore[no-untyped-def]
        yield "first"
        raise gr.Error("failed mid-stream")

    fns = {"gr_err": gr_err, "plain_err": plain_err, "err_opts": err_opts, "gen_err": gen_err}
    client = asgi_client(gr.Interface(fns[case], "text", "text"), show_error=show_error)
    expected = CAPTURES / f"f_errors.show_error_{str(show_error).lower()}.{case}.call_get.sse.txt"
    assert await call(client, case, {"data": ["X"]}) == expected.read_text()


async def test_an_unknown_event_id_reads_as_an_error_event(
    asgi_client: AsgiClientFactory,
) -> None:
    client = asgi_client(greet_app())
    response = await client.get("/gradio_api/call/greet/0123")
    assert response.text == 'event: error\ndata: "404: Not Found"\n\n'


async def test_unknown_and_private_endpoints_are_404(asgi_client: AsgiClientFactory) -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(lambda x: x, box, box, api_name="shown")
        box.change(lambda x: x, box, box, api_visibility="private", api_name="hidden")
    client = asgi_client(demo)
    for route in ("call/nonexistent", "call/hidden", "run/hidden", "api/nonexistent"):
        response = await client.post(f"/gradio_api/{route}", json={"data": ["x"]})
        assert response.status_code == 404, route


async def test_run_answers_the_output_object_at_once(asgi_client: AsgiClientFactory) -> None:
    client = asgi_client(greet_app())
    for route in ("run/greet", "api/greet"):
        response = await client.post(f"/gradio_api/{route}", json={"data": ["Carol"]})
        body = response.json()
        assert response.status_code == 200
        assert body["data"] == ["Hello Carol!"]
        assert list(body) == [
            "data",
            "is_generating",
            "duration",
            "average_duration",
            "render_config",
            "changed_state_ids",
            "used_cache",
        ]
    predict = await client.post(
        "/gradio_api/run/predict", json={"data": ["Dan"], "fn_index": 0, "session_hash": "r"}
    )
    assert predict.json()["data"] == ["Hello Dan!"]
    missing = await client.post("/gradio_api/run/predict", json={"data": ["Dan"]})
    assert missing.status_code == 400


async def test_run_reports_errors_with_status_500_and_the_error_object(
    asgi_client: AsgiClientFactory,
) -> None:
    def gr_err(x: str) -> str:
        raise gr.Error(f"custom failure message: {x}")

    client = asgi_client(gr.Interface(gr_err, "text", "text"))
    response = await client.post("/gradio_api/run/gr_err", json={"data": ["X"]})
    assert response.status_code == 500
    assert response.json() == {
        "error": "custom failure message: X",
        "duration": 10,
        "visible": True,
        "title": "Error",
    }


async def test_run_of_a_generator_answers_its_first_result(
    asgi_client: AsgiClientFactory,
) -> None:
    def gen(x: str):  # type: ignore[no-untyped-def]
        yield "first"
        yield "second"

    client = asgi_client(gr.Interface(gen, "text", "text"))
    body = (await client.post("/gradio_api/run/gen", json={"data": ["X"]})).json()
    assert body["data"] == ["first"]
    assert body["is_generating"] is True
