"""What the security tests send: REST calls, queue joins and raw HTTP, as an attacker would.

Each helper talks to a live server (`live_server` from `tests/conftest.py`) and returns what
came back, so a test reads as "send this, see that".
"""

from __future__ import annotations

import json
import socket
from typing import Any

import httpx


def rest_call(base: str, api_name: str, data: list[Any]) -> tuple[str, Any]:
    """`POST P/call/<api_name>` then read its stream: (last event name, its parsed data)."""
    with httpx.Client(base_url=base, timeout=30) as client:
        posted = client.post(f"/gradio_api/call/{api_name}", json={"data": data})
        assert posted.status_code == 200, posted.text
        event_id = posted.json()["event_id"]
        stream = client.get(f"/gradio_api/call/{api_name}/{event_id}").text
    event, payload = "", None
    for line in stream.splitlines():
        if line.startswith("event: "):
            event = line.removeprefix("event: ")
        elif line.startswith("data: "):
            payload = json.loads(line.removeprefix("data: "))
    return event, payload


def join(base: str, fn_index: int, data: list[Any], session_hash: str) -> dict[str, Any]:
    """Join the queue as the page does and return the `process_completed` message."""
    with httpx.Client(base_url=base, timeout=30) as client:
        body = {"data": data, "fn_index": fn_index, "session_hash": session_hash}
        joined = client.post("/gradio_api/queue/join", json=body)
        assert joined.status_code == 200, joined.text
        with client.stream("GET", f"/gradio_api/queue/data?session_hash={session_hash}") as r:
            for line in r.iter_lines():
                if not line.startswith("data: "):
                    continue
                message: dict[str, Any] = json.loads(line.removeprefix("data: "))
                if message.get("msg") == "process_completed":
                    return message
    raise AssertionError("the stream ended without process_completed")


def raw_request(base: str, request: bytes, limit: int = 1 << 20) -> bytes:
    """Send bytes exactly as given (no client normalises the path) and return the answer."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(request)
        answer = b""
        while len(answer) < limit and (chunk := sock.recv(65536)):
            answer += chunk
    return answer


def raw_get(base: str, target: str, headers: str = "") -> tuple[int, bytes]:
    """A GET of `target` sent byte for byte; returns (status, body)."""
    request = f"GET {target} HTTP/1.1\r\nHost: x\r\n{headers}Connection: close\r\n\r\n"
    answer = raw_request(base, request.encode("latin-1"))
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), body
