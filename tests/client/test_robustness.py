"""Failures mid-job (dropped streams, lost sessions, restarts) end in clear errors, not hangs."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest

import gradio_client.client
from client.servers import Servers
from client.stub_server import (
    MINIMAL_CONFIG,
    StubServer,
    gradio_routes,
    send_event,
    send_json,
    start_sse,
)
from gradio_client import Client
from gradio_client.exceptions import ConnectionLostError


def stream_answering(
    events: list[dict[str, Any]], then: Callable[[], object] = lambda: None
) -> Callable[[BaseHTTPRequestHandler], None]:
    def handler(h: BaseHTTPRequestHandler) -> None:
        start_sse(h)
        for event in events:
            send_event(h, event)
        then()

    return handler


def test_a_lost_session_fails_the_job_instead_of_hanging() -> None:
    lost = {
        "msg": "unexpected_error",
        "event_id": None,
        "message": "404: Not Found",
        "session_not_found": True,
        "success": False,
    }
    routes = {**gradio_routes(), "/gradio_api/queue/data": stream_answering([lost])}

    with (
        StubServer(routes).running() as stub,
        Client(stub.url, verbose=False) as client,
        pytest.raises(ConnectionLostError, match="no longer knows this client's session"),
    ):
        client.submit("x", api_name="/greet").result(timeout=10)


def test_a_stream_dropped_mid_job_fails_the_job() -> None:
    started = {"msg": "process_starts", "event_id": "e1", "eta": None}
    routes = {**gradio_routes(), "/gradio_api/queue/data": stream_answering([started])}

    with (
        StubServer(routes).running() as stub,
        Client(stub.url, verbose=False) as client,
        pytest.raises(ConnectionLostError, match="broke"),
    ):
        client.submit("x", api_name="/greet").result(timeout=10)


def test_a_silent_stream_times_out_into_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gradio_client.client, "STREAM_SILENCE", 0.5)
    release = threading.Event()
    routes = {
        **gradio_routes(),
        "/gradio_api/queue/data": stream_answering([], then=lambda: release.wait(5)),
    }

    with (
        StubServer(routes).running() as stub,
        Client(stub.url, verbose=False) as client,
        pytest.raises(ConnectionLostError, match="went silent"),
    ):
        client.submit("x", api_name="/greet").result(timeout=10)
        release.set()


def test_messages_for_several_jobs_on_one_stream_reach_their_own_job() -> None:
    joins = iter(["a", "b"])

    def join(h: BaseHTTPRequestHandler) -> None:
        send_json(h, {"event_id": next(joins)})

    def done(event_id: str, value: str) -> dict[str, object]:
        return {
            "msg": "process_completed",
            "event_id": event_id,
            "success": True,
            "output": {"data": [value]},
        }

    opened = threading.Event()

    def data(h: BaseHTTPRequestHandler) -> None:
        opened.set()
        start_sse(h)
        time.sleep(0.3)  # let the second join happen while this stream is open
        send_event(h, done("b", "second"))
        send_event(h, done("a", "first"))
        send_event(h, {"msg": "close_stream", "event_id": None})

    routes = {**gradio_routes(), "/gradio_api/queue/join": join, "/gradio_api/queue/data": data}
    with StubServer(routes).running() as stub, Client(stub.url, verbose=False) as client:
        first = client.submit("1", api_name="/greet")
        assert opened.wait(5)
        second = client.submit("2", api_name="/greet")

        assert (first.result(timeout=5), second.result(timeout=5)) == ("first", "second")
        assert sum(path.startswith("/gradio_api/queue/data") for path in stub.seen) == 1


def test_the_heartbeat_is_held_open_for_the_current_session() -> None:
    beats: list[str] = []

    def heartbeat(h: BaseHTTPRequestHandler) -> None:
        beats.append(h.path.rsplit("/", 1)[1])
        start_sse(h)
        for _ in range(20):
            send_event(h, "ALIVE")
            time.sleep(0.1)

    routes = {
        **gradio_routes({**MINIMAL_CONFIG, "connect_heartbeat": True}),
        "/gradio_api/heartbeat/*": heartbeat,
    }
    with StubServer(routes).running() as stub, Client(stub.url, verbose=False) as client:
        first = client.session_hash
        deadline = time.monotonic() + 5
        while not beats and time.monotonic() < deadline:
            time.sleep(0.05)
        client.reset_session()
        while len(beats) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)

    assert beats[:2] == [first, client.session_hash]


def test_no_heartbeat_is_opened_when_the_app_does_not_ask_for_one() -> None:
    with StubServer(gradio_routes()).running() as stub, Client(stub.url, verbose=False):
        time.sleep(0.3)

    assert not any("heartbeat" in path for path in stub.seen)


def test_a_server_restart_fails_running_jobs_and_the_client_logs_in_again_and_carries_on(
    servers: Servers, server_kind: str
) -> None:
    url = servers.url(server_kind, "restart_app")
    with Client(url, auth=("u", "p"), verbose=False) as client:
        job = client.submit("r", api_name="/slow")
        while not job.outputs():
            time.sleep(0.05)

        servers.restart(server_kind, "restart_app")

        with pytest.raises(ConnectionLostError):
            job.result(timeout=30)
        assert client.predict("again", api_name="/greet") == "Hello again!"
