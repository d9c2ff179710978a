"""G10: JSON bodies on the API routes are bounded; an oversized one is refused with a 413."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import gradio as gr
from gradio.server import bodies


@pytest.fixture
def url(monkeypatch: pytest.MonkeyPatch, live_server: Callable[..., str]) -> str:
    monkeypatch.setattr(bodies, "MAX_JSON_BODY_BYTES", 1000)
    demo = gr.Interface(fn=lambda text: text, inputs="text", outputs="text")
    return live_server(demo)


def test_an_oversized_join_body_is_refused_with_413(url: str) -> None:
    body: dict[str, Any] = {"data": ["x" * 5000], "fn_index": 0, "session_hash": "s"}
    response = httpx.post(f"{url}/gradio_api/queue/join", json=body)
    assert response.status_code == 413
    assert "upload" in response.json()["detail"]


def test_an_oversized_body_without_a_length_header_is_refused_too(url: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"data": ["'
        for _ in range(10):
            yield b"y" * 500
        yield b'"]}'

    response = httpx.post(
        f"{url}/gradio_api/call/lambda",
        content=chunks(),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413


def test_a_body_under_the_cap_is_served(url: str) -> None:
    response = httpx.post(f"{url}/gradio_api/call/lambda", json={"data": ["hello"]})
    assert response.status_code == 200
    assert "event_id" in response.json()
