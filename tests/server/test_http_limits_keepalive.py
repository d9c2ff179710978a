"""The request-head bound must not mistake a large body for a large head.

A client that sends a request in one write (head and a 100 kB body, as an upload does)
is read by the server in chunks that hold the end of the head, the body and the end of
the message. Such a chunk leaves a head open (the next request's), and it used to be
counted as head bytes: the upload was answered 431.
"""

from __future__ import annotations

import socket

from queue_apps import greet_app

BODY = b"x" * 100_000


def request(path: str, body: bytes) -> bytes:
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def read_status(sock: socket.socket) -> int:
    """The status of one response, read whole (its body has a Content-Length)."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += receive(sock)
    head, _, rest = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":")[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length")
    )
    while len(rest) < length:
        rest += receive(sock)
    return int(head.split(b" ")[1])


def receive(sock: socket.socket) -> bytes:
    chunk = sock.recv(65536)
    if not chunk:
        raise ConnectionError("the server closed the connection")
    return chunk


def test_large_bodies_on_a_kept_alive_connection_are_not_refused_as_large_heads() -> None:
    demo = greet_app()
    _, local_url, _ = demo.launch(prevent_thread_lock=True, server_port=0, quiet=True)
    port = int(local_url.rstrip("/").rsplit(":", 1)[1])
    try:
        with socket.create_connection(("127.0.0.1", port)) as sock:
            statuses = []
            for _ in range(3):
                sock.sendall(request("/gradio_api/queue/join", BODY))
                statuses.append(read_status(sock))
    finally:
        demo.close()

    # A 100 kB body that is not JSON: 422 each time, never 431.
    assert statuses == [422, 422, 422]
