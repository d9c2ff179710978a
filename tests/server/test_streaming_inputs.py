"""Streaming inputs (`.stream()` listeners): one event fed chunks through `P/stream/{id}`.

The live tests read the session stream while posting chunks, as the page does; the
in-process ones check what a single request gets back.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import orjson
import pytest

import gradio as gr

LiveServer = Callable[..., str]
P = "/gradio_api"


def stream_app(
    fn: Callable[..., Any] | None = None, **listener: Any
) -> tuple[gr.Blocks, list[Any]]:
    """A text "stream" (an HTML block stands in for the webcam) into an upper-casing fn."""
    received: list[Any] = []

    def upper(chunk: str) -> str:
        received.append(chunk)
        return chunk.upper()

    with gr.Blocks() as demo:
        source = gr.HTML()
        out = gr.Textbox()
        source.stream(fn or upper, source, out, **listener)
    return demo, received


def join(url: str, session: str, chunk: Any) -> str:
    body = {"data": [chunk], "fn_index": 0, "session_hash": session, "trigger_id": 1}
    response = httpx.post(f"{url}{P}/queue/join", json=body)
    assert response.status_code == 200, response.text
    event_id: str = response.json()["event_id"]
    return event_id


def send(url: str, event_id: str, chunk: Any, session: str) -> httpx.Response:
    body = {"fn_index": 0, "data": [chunk], "event_data": None, "session_hash": session}
    return httpx.post(f"{url}{P}/stream/{event_id}", json=body)


def messages(url: str, session: str) -> Iterator[dict[str, Any]]:
    with httpx.stream(
        "GET", f"{url}{P}/queue/data", params={"session_hash": session}, timeout=30
    ) as response:
        for line in response.iter_lines():
            if line.startswith("data: "):
                yield orjson.loads(line[6:])


def results(seen: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    return [
        (m["msg"], m["output"]["data"][0])
        for m in seen
        if m["msg"] in ("process_streaming", "process_completed")
    ]


def test_each_chunk_gives_one_output_in_order_and_close_ends_the_event(
    live_server: LiveServer,
) -> None:
    demo, received = stream_app(time_limit=10)
    url = live_server(demo)
    event_id = join(url, "s1", "a")
    seen: list[dict[str, Any]] = []
    for message in messages(url, "s1"):
        seen.append(message)
        if message["msg"] == "process_streaming":
            count = len(results(seen))
            if count < 3:
                assert send(url, event_id, "bcd"[count - 1], "s1").json() == {"msg": "success"}
            else:
                closed = httpx.post(f"{url}{P}/stream/{event_id}/close", json={})
                assert closed.json() == {"msg": "success"}
    assert received == ["a", "b", "c"]
    assert results(seen) == [
        ("process_streaming", "A"),
        ("process_streaming", "B"),
        ("process_streaming", "C"),
        ("process_completed", "C"),
    ]
    assert [m["msg"] for m in seen][:2] == ["estimation", "process_starts"]
    assert seen[-1]["msg"] == "close_stream"
    streaming = seen[2]
    assert streaming["output"]["is_generating"] is True and streaming["success"] is True
    assert 9 < streaming["time_limit"] <= 10
    assert send(url, event_id, "late", "s1").status_code == 404


def test_time_limit_ends_a_stream_that_keeps_sending(live_server: LiveServer) -> None:
    demo, received = stream_app(time_limit=1)
    url = live_server(demo)
    event_id = join(url, "s2", "x")
    stop = threading.Event()

    def keep_sending() -> None:
        while not stop.is_set() and send(url, event_id, "y", "s2").status_code == 200:
            time.sleep(0.1)

    sender = threading.Thread(target=keep_sending)
    started = time.monotonic()
    sender.start()
    seen = list(messages(url, "s2"))
    elapsed = time.monotonic() - started
    stop.set()
    sender.join()
    assert 0.9 < elapsed < 3
    assert [m["msg"] for m in seen][-2:] == ["process_completed", "close_stream"]
    assert seen[-2]["success"] is True and seen[-2]["output"]["is_generating"] is False
    assert len(received) > 1  # chunks kept arriving (how many depends on the load)
    assert send(url, event_id, "y", "s2").status_code == 404


def test_a_stream_without_chunks_ends_after_its_time_limit(live_server: LiveServer) -> None:
    demo, received = stream_app(time_limit=0.5)
    url = live_server(demo)
    join(url, "s3", "only")
    started = time.monotonic()
    assert results(list(messages(url, "s3"))) == [
        ("process_streaming", "ONLY"),
        ("process_completed", "ONLY"),
    ]
    assert time.monotonic() - started < 2
    assert received == ["only"]


def test_a_streaming_event_holds_its_concurrency_slot_until_it_ends(
    live_server: LiveServer,
) -> None:
    demo, _ = stream_app(time_limit=10, concurrency_limit=1)
    url = live_server(demo)
    first = join(url, "one", "first")
    second = join(url, "two", "second")
    seen: list[str] = []

    def read_second() -> None:
        seen.extend(m["msg"] for m in messages(url, "two"))

    reader = threading.Thread(target=read_second)
    reader.start()
    one = messages(url, "one")
    while next(one)["msg"] != "process_streaming":
        pass
    time.sleep(0.3)
    assert "process_starts" not in seen  # the second stream waits for the slot
    httpx.post(f"{url}{P}/stream/{first}/close", json={})
    assert [m["msg"] for m in one] == ["process_completed", "close_stream"]
    time.sleep(0.3)
    assert "process_starts" in seen and "process_streaming" in seen
    httpx.post(f"{url}{P}/stream/{second}/close", json={})
    reader.join(timeout=5)
    assert seen[-2:] == ["process_completed", "close_stream"]


def test_the_client_leaving_ends_its_streaming_event(live_server: LiveServer) -> None:
    demo, _ = stream_app(time_limit=30)
    url = live_server(demo)
    event_id = join(url, "gone", "a")
    for message in messages(url, "gone"):
        if message["msg"] == "process_streaming":
            break  # leaves the `with httpx.stream(...)`: the connection closes
    deadline = time.monotonic() + 5
    while send(url, event_id, "b", "gone").status_code == 200:
        assert time.monotonic() < deadline, "the event outlived its client"
        time.sleep(0.05)
    assert send(url, event_id, "b", "gone").status_code == 404


def test_a_generator_advances_one_yield_per_chunk_and_restarts_when_exhausted(
    live_server: LiveServer,
) -> None:
    def two_steps(chunk: str) -> Iterator[str]:
        yield f"{chunk}-1"
        yield f"{chunk}-2"

    demo, _ = stream_app(two_steps, time_limit=10)
    url = live_server(demo)
    event_id = join(url, "gen", "a")
    seen: list[dict[str, Any]] = []
    for message in messages(url, "gen"):
        seen.append(message)
        if message["msg"] == "process_streaming":
            count = len(results(seen))
            if count < 3:
                send(url, event_id, "bc"[count - 1], "gen")
            else:
                httpx.post(f"{url}{P}/stream/{event_id}/close", json={})
    assert [value for _, value in results(seen)] == ["a-1", "a-2", "c-1", "c-1"]


def test_an_error_ends_the_stream_as_a_mid_stream_failure(live_server: LiveServer) -> None:
    def picky(chunk: str) -> str:
        if chunk == "bad":
            raise gr.Error("no bad frames")
        return chunk

    demo, _ = stream_app(picky, time_limit=10)
    url = live_server(demo)
    event_id = join(url, "err", "ok")
    seen: list[dict[str, Any]] = []
    for message in messages(url, "err"):
        seen.append(message)
        if message["msg"] == "process_streaming":
            send(url, event_id, "bad", "err")
    failed = seen[-2]
    assert failed["msg"] == "process_completed" and failed["success"] is False
    assert failed["output"]["error"] == "no bad frames"
    assert failed["title"] is None  # the mid-stream form, as after a generator's yield


@pytest.mark.anyio
async def test_bad_chunks_are_refused_and_the_event_goes_on(
    asgi_client: Callable[..., httpx.AsyncClient],
) -> None:
    demo, received = stream_app(time_limit=10)
    client = asgi_client(demo)
    joined = await client.post(
        f"{P}/queue/join", json={"data": ["a"], "fn_index": 0, "session_hash": "mine"}
    )
    event_id = joined.json()["event_id"]
    body = {"data": ["b"], "session_hash": "mine"}

    unknown = await client.post(f"{P}/stream/{'0' * 32}", json=body)
    foreign = await client.post(f"{P}/stream/{event_id}", json={**body, "session_hash": "other"})
    not_json = await client.post(f"{P}/stream/{event_id}", content=b"{nope")
    no_list = await client.post(f"{P}/stream/{event_id}", json={"data": "b"})
    too_few = await client.post(f"{P}/stream/{event_id}", json={"data": []})
    close_foreign = await client.post(
        f"{P}/stream/{event_id}/close", json={"session_hash": "other"}
    )
    close_unknown = await client.post(f"{P}/stream/{'0' * 32}/close", json={})

    assert unknown.status_code == 404 and "No streaming event" in unknown.json()["detail"]
    assert foreign.status_code == 403 and "another session" in foreign.json()["detail"]
    assert not_json.status_code == 422 and no_list.status_code == 422
    assert too_few.status_code == 422 and "Expected 1 input" in too_few.json()["detail"]
    assert close_foreign.status_code == 403 and close_unknown.status_code == 404

    for _ in range(100):  # the event is alive and still takes good chunks
        if received:
            break
        await asyncio.sleep(0.01)
    assert (await client.post(f"{P}/stream/{event_id}", json=body)).status_code == 200
    for _ in range(100):
        if len(received) == 2:
            break
        await asyncio.sleep(0.01)
    closed = await client.post(f"{P}/stream/{event_id}/close", json={"session_hash": "mine"})
    assert closed.json() == {"msg": "success"}
    stream = await client.get(f"{P}/queue/data", params={"session_hash": "mine"})
    assert '"msg":"process_completed"' in stream.text and '"data":["B"]' in stream.text
    assert received == ["a", "b"]


@pytest.mark.anyio
async def test_a_non_streaming_event_takes_no_chunks(
    asgi_client: Callable[..., httpx.AsyncClient],
) -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(lambda x: x, box, box)
    client = asgi_client(demo)
    joined = await client.post(
        f"{P}/queue/join", json={"data": ["a"], "fn_index": 0, "session_hash": "s"}
    )
    sent = await client.post(
        f"{P}/stream/{joined.json()['event_id']}", json={"data": ["b"], "session_hash": "s"}
    )
    assert sent.status_code == 404


@pytest.mark.anyio
async def test_the_rest_api_runs_a_streaming_listener_once(
    asgi_client: Callable[..., httpx.AsyncClient],
) -> None:
    demo, received = stream_app(time_limit=10)
    client = asgi_client(demo)
    started = await client.post(f"{P}/call/upper", json={"data": ["rest"]})
    result = await client.get(f"{P}/call/upper/{started.json()['event_id']}")
    assert "event: complete" in result.text and '["REST"]' in result.text
    assert received == ["rest"]


def test_the_config_describes_the_stream_listener() -> None:
    demo, _ = stream_app(time_limit=5, stream_every=0.25)
    dependency = demo.get_config_file()["dependencies"][0]
    assert dependency["connection"] == "stream"
    assert dependency["trigger_mode"] == "multiple"
    assert dependency["show_progress"] == "minimal"
    assert (dependency["time_limit"], dependency["stream_every"]) == (5, 0.25)


def test_webcam_frames_arrive_as_images(live_server: LiveServer) -> None:
    import base64
    import io

    from PIL import Image

    def frame_url(width: int) -> dict[str, str]:
        buffer = io.BytesIO()
        Image.new("RGB", (width, 3), "red").save(buffer, "JPEG")
        return {"url": "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode()}

    with gr.Blocks() as demo:
        webcam = gr.Image(sources=["webcam"], streaming=True)
        size = gr.Textbox()
        webcam.stream(lambda frame: str(frame.shape), webcam, size, time_limit=10)
    url = live_server(demo)
    event_id = join(url, "cam", frame_url(4))
    seen: list[dict[str, Any]] = []
    for message in messages(url, "cam"):
        seen.append(message)
        if message["msg"] == "process_streaming":
            if len(results(seen)) == 1:
                send(url, event_id, frame_url(6), "cam")
            else:
                httpx.post(f"{url}{P}/stream/{event_id}/close", json={})
    assert [value for _, value in results(seen)] == ["(3, 4, 3)", "(3, 6, 3)", "(3, 6, 3)"]
