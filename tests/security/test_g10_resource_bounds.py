"""G10: bounded resource use. Every test sends something hostile to a live server, checks
the answer is a clear 4xx (or an error event) and that the server still serves afterwards."""

from __future__ import annotations

import socket
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from attacks import raw_request

import gradio as gr
from gradio.server.routes import files as file_routes

LiveServer = Callable[..., str]
BOUNDARY = "bound"


def echo_app() -> gr.Blocks:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(lambda s: str(s)[:20], box, box, api_name="echo")
    return demo


@pytest.fixture
def base(live_server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))
    return live_server(echo_app())


def still_serving(base: str) -> bool:
    answer = httpx.post(f"{base}/gradio_api/run/echo", json={"data": ["ok"]}, timeout=30)
    return answer.status_code == 200 and answer.json()["data"] == ["ok"]


MULTIPART = {"content-type": f"multipart/form-data; boundary={BOUNDARY}"}


def part(name: str, content: bytes, filename: str | None = None, extra: str = "") -> bytes:
    disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
    head = f"--{BOUNDARY}\r\nContent-Disposition: {disposition}\r\n{extra}\r\n"
    return head.encode() + content + b"\r\n"


def upload(base: str, body: bytes) -> httpx.Response:
    return httpx.post(f"{base}/gradio_api/upload", content=body, headers=MULTIPART)


def test_a_slow_loris_upload_is_cut_off_with_408(
    base: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_routes, "UPLOAD_IDLE_SECONDS", 0.5)
    host, port = base.removeprefix("http://").split(":")
    started = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        start = part("files", b"", "slow.txt")[:-2]
        head = (
            f"POST /gradio_api/upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n"
            f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n\r\n"
        )
        sock.sendall(head.encode() + start + b"a few bytes, then silence")
        answer = sock.recv(65536)
    assert answer.startswith(b"HTTP/1.1 408")
    assert time.monotonic() - started < 5
    assert still_serving(base)


def test_many_fields_and_many_files_are_refused_with_400(base: str) -> None:
    fields = b"".join(part(f"f{i}", b"x") for i in range(1001)) + f"--{BOUNDARY}--\r\n".encode()
    assert upload(base, fields).status_code == 400
    files = b"".join(part("files", b"x", f"{i}.txt") for i in range(1001))
    assert upload(base, files + f"--{BOUNDARY}--\r\n".encode()).status_code == 400
    assert still_serving(base)


def test_a_huge_preamble_or_part_header_is_refused_quickly(base: str) -> None:
    preamble = b"A" * 5_000_000 + b"\r\n" + part("files", b"x", "a.txt") + b"--bound--\r\n"
    huge_header = part("files", b"x", "a.txt", extra="X-Pad: " + "p" * 100_000 + "\r\n")
    many_headers = part("files", b"x", "a.txt", extra="X-H: v\r\n" * 100)
    for body in [preamble, huge_header + b"--bound--\r\n", many_headers + b"--bound--\r\n"]:
        started = time.monotonic()
        assert upload(base, body).status_code == 400
        assert time.monotonic() - started < 5
    assert still_serving(base)


def test_an_overlong_boundary_is_refused(base: str) -> None:
    headers = {"content-type": "multipart/form-data; boundary=" + "b" * 5000}
    answer = httpx.post(f"{base}/gradio_api/upload", content=b"--x--", headers=headers)
    assert answer.status_code == 400


def test_json_nested_past_the_parser_limit_is_a_422(base: str) -> None:
    deep = "[" * 5000 + "]" * 5000
    body = f'{{"data":[{deep}],"fn_index":0,"session_hash":"s"}}'
    answer = httpx.post(
        f"{base}/gradio_api/queue/join",
        content=body,
        headers={"content-type": "application/json"},
    )
    assert answer.status_code == 422
    assert still_serving(base)


def test_json_nested_just_under_the_parser_limit_fails_only_that_event(base: str) -> None:
    deep = "[" * 1000 + "]" * 1000
    session = uuid.uuid4().hex
    body = f'{{"data":[{deep}],"fn_index":0,"session_hash":"{session}"}}'
    with httpx.Client(base_url=base, timeout=30) as client:
        joined = client.post(
            "/gradio_api/queue/join", content=body, headers={"content-type": "application/json"}
        )
        assert joined.status_code == 200
        stream = client.get(f"/gradio_api/queue/data?session_hash={session}").text
    assert '"msg":"process_completed"' in stream.replace(" ", "")
    assert '"success":false' in stream.replace(" ", "")
    assert still_serving(base)


def test_a_gigantic_data_array_does_not_take_the_server_down(base: str) -> None:
    answer = httpx.post(
        f"{base}/gradio_api/run/echo", json={"data": ["x", *range(1_000_000)]}, timeout=60
    )
    assert answer.status_code == 200
    assert still_serving(base)


def test_a_queue_max_size_refuses_the_overflow_and_loses_no_accepted_event(
    live_server: LiveServer,
) -> None:
    import threading

    release = threading.Event()

    def slow(s: str) -> str:
        release.wait(10)
        return s

    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(slow, box, box, api_name="slow", concurrency_limit=1)
    demo.queue(max_size=2)
    base = live_server(demo)
    accepted: list[tuple[int, httpx.Response]] = []
    refused: list[tuple[int, httpx.Response]] = []
    for i in range(5):
        body = {"data": [f"m{i}"], "fn_index": 0, "session_hash": f"s{i}"}
        answer = httpx.post(f"{base}/gradio_api/queue/join", json=body)
        (accepted if answer.status_code == 200 else refused).append((i, answer))
    assert [a.status_code for _, a in refused] == [503] * len(refused)
    assert len(accepted) == 3  # one running, two waiting
    release.set()
    for i, _ in accepted:
        with httpx.stream(
            "GET", f"{base}/gradio_api/queue/data?session_hash=s{i}", timeout=30
        ) as r:
            text = "".join(r.iter_text())
        assert f'"m{i}"' in text and "process_completed" in text


@pytest.mark.parametrize(
    "head",
    [b"X-Pad: " + b"a" * 2_000_000 + b"\r\n", b"X-H: v\r\n" * 50_000],
    ids=["one huge header", "fifty thousand headers"],
)
def test_a_request_head_over_64_kib_is_refused_with_431(base: str, head: bytes) -> None:
    request = b"GET /config HTTP/1.1\r\nHost: x\r\n" + head + b"Connection: close\r\n\r\n"
    answer = raw_request(base, request, limit=4096)
    assert answer.startswith(b"HTTP/1.1 431 ")
    assert still_serving(base)


def test_a_large_but_ordinary_head_is_still_served(base: str) -> None:
    cookies = "; ".join(f"c{i}={'v' * 100}" for i in range(300))  # ~32 KiB of cookies
    assert httpx.get(f"{base}/config", headers={"Cookie": cookies}).status_code == 200
