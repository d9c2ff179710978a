"""G2: client data never names a server path.

A client can name a file in many shapes: a FileData with `meta`, one without, a plain
string, a chat message's file part, a MultimodalTextbox's `files`, a State value. Each
endpoint below reads whatever path its function receives and returns the contents, so a
secret in the answer means the server let a client pick a file. Every shape is sent through
the REST API, the queue (as the page does) and the synchronous `/run` route.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from attacks import join, rest_call

import gradio as gr

SECRET = "top-secret-contents"
META = {"_type": "gradio.FileData"}
LiveServer = Callable[..., str]


def read(path: Any) -> str:
    return Path(str(path)).read_text()


def read_chat(history: list[dict[str, Any]]) -> str:
    for message in history:
        for part in message["content"]:
            if part.get("type") == "file":
                return read(part["file"]["path"])
            if part.get("type") == "component":
                return read(part["value"]["path"])
    return "no file"


def reader_app() -> gr.Blocks:
    with gr.Blocks() as demo:
        out = gr.Textbox()
        gr.File().change(read, gr.File(), out, api_name="file")
        gr.Image(type="filepath").change(read, gr.Image(type="filepath"), out, api_name="image")
        gr.Audio(type="filepath").change(read, gr.Audio(type="filepath"), out, api_name="audio")
        gr.Video().change(read, gr.Video(), out, api_name="video")
        box = gr.MultimodalTextbox()
        box.submit(lambda v: read(v["files"][0]), box, out, api_name="multimodal")
        chat = gr.Chatbot()
        chat.change(read_chat, chat, out, api_name="chat")
        state = gr.State("no file")
        gr.Button().click(lambda v: v, state, out, api_name="state")
    return demo


@pytest.fixture
def secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A file outside every allowed place, and a private cache directory for the app."""
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


@pytest.fixture
def base(live_server: LiveServer, secret: Path) -> str:
    return live_server(reader_app())


def shapes(path: str) -> dict[str, Any]:
    """Every way a client can put `path` where a single file is expected."""
    return {
        "plain string": path,
        "filedata without meta": {"path": path},
        "filedata with another meta": {"path": path, "meta": {"_type": "x"}},
        "filedata with meta": {"path": path, "meta": META},
        "traversal from the cache": {"path": f"{path}/../{Path(path).name}", "meta": META},
    }


SINGLE_FILE_ENDPOINTS = ["file", "image", "audio", "video"]


@pytest.mark.parametrize("endpoint", SINGLE_FILE_ENDPOINTS)
def test_no_shape_of_file_reference_reads_a_server_file_through_the_rest_api(
    base: str, secret: Path, endpoint: str
) -> None:
    for shape, value in shapes(str(secret)).items():
        event, payload = rest_call(base, endpoint, [value])
        assert event == "error", f"{endpoint} accepted a {shape}"
        assert SECRET not in str(payload)


def test_a_multimodal_textbox_cannot_attach_a_server_file(base: str, secret: Path) -> None:
    for value in [str(secret), {"path": str(secret)}, {"path": str(secret), "meta": META}]:
        event, payload = rest_call(base, "multimodal", [{"text": "hi", "files": [value]}])
        assert (event, SECRET in str(payload)) == ("error", False)


def test_a_chat_message_cannot_point_at_a_server_file(base: str, secret: Path) -> None:
    parts = [
        {"type": "file", "file": {"path": str(secret)}},
        {"type": "file", "file": {"path": str(secret), "meta": META}},
        {"type": "component", "component": "image", "value": {"path": str(secret)}},
    ]
    for part in parts:
        history = [{"role": "user", "content": [part]}]
        event, payload = rest_call(base, "chat", [history])
        assert (event, SECRET in str(payload)) == ("error", False), part


def test_a_state_value_sent_by_a_client_never_reaches_the_function(base: str, secret: Path) -> None:
    assert rest_call(base, "state", [str(secret)]) == ("complete", ["no file"])


def test_the_queue_refuses_a_plain_path_as_the_page_would_send_it(base: str, secret: Path) -> None:
    info = httpx.get(f"{base}/config").json()
    file_fn = next(d["id"] for d in info["dependencies"] if d["api_name"] == "file")
    for value in [str(secret), {"path": str(secret)}]:
        message = join(base, file_fn, [value], uuid.uuid4().hex)
        assert message["success"] is False
        assert SECRET not in str(message)


def test_the_synchronous_run_route_refuses_a_plain_path(base: str, secret: Path) -> None:
    for route, body in [
        ("/gradio_api/run/file", {"data": [str(secret)]}),
        ("/gradio_api/api/image", {"data": [{"path": str(secret)}]}),
    ]:
        answer = httpx.post(base + route, json=body)
        assert answer.status_code == 500
        assert SECRET not in answer.text


@pytest.mark.parametrize("endpoint", SINGLE_FILE_ENDPOINTS)
def test_an_uploaded_file_still_reaches_every_file_input(base: str, endpoint: str) -> None:
    uploaded = httpx.post(f"{base}/gradio_api/upload", files={"files": ("a.txt", b"mine")})
    [path] = uploaded.json()
    assert rest_call(base, endpoint, [{"path": path, "meta": META}]) == ("complete", ["mine"])
    assert rest_call(base, endpoint, [path]) == ("complete", ["mine"])


def test_uploaded_files_still_reach_chat_and_multimodal_inputs(base: str) -> None:
    uploaded = httpx.post(f"{base}/gradio_api/upload", files={"files": ("a.txt", b"mine")})
    [path] = uploaded.json()
    box = {"text": "hi", "files": [{"path": path, "meta": META}]}
    assert rest_call(base, "multimodal", [box]) == ("complete", ["mine"])
    history = [{"role": "user", "content": [{"type": "file", "file": {"path": path}}]}]
    assert rest_call(base, "chat", [history]) == ("complete", ["mine"])
