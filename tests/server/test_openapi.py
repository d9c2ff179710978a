"""`P/openapi.json` and `/openapi.json`: the OpenAPI documents Gradio publishes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

import gradio as gr

pytestmark = pytest.mark.anyio
AsgiClientFactory = Callable[..., httpx.AsyncClient]
CAPTURES = Path(__file__).parent.parent / "fixtures" / "captures"


def greet(name: str) -> str:
    return f"Hello {name}!"


async def test_the_endpoints_document_matches_gradio_s_for_the_greet_interface(
    asgi_client: AsgiClientFactory,
) -> None:
    client = asgi_client(gr.Interface(greet, "text", "text"))
    recorded = json.loads((CAPTURES / "a_greet.gradio_api_openapi.json").read_text())

    response = await client.get("/gradio_api/openapi.json")

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == recorded


async def test_file_parameters_are_described_as_uploaded_file_paths(
    asgi_client: AsgiClientFactory,
) -> None:
    with gr.Blocks(title="Files") as demo:
        upload = gr.File()
        size = gr.Number()
        gr.Button().click(lambda f: 1, upload, size, api_name="measure")
        gr.Button().click(lambda f: 1, upload, size, api_visibility="private")
    client = asgi_client(demo)

    document = (await client.get("/gradio_api/openapi.json")).json()

    assert document["info"] == {"title": "Files", "description": "", "version": gr.__version__}
    assert sorted(document["paths"]) == [
        "/gradio_api/call/measure/{event_id}",
        "/gradio_api/call/v2/measure",
        "/gradio_api/upload",
    ]
    post = document["paths"]["/gradio_api/call/v2/measure"]["post"]
    schema = post["requestBody"]["content"]["application/json"]["schema"]
    assert schema["properties"]["f"]["type"] == "string"
    assert schema["properties"]["f"]["format"] == "filepath"
    assert post["summary"].startswith("Endpoint /measure. File inputs must first be uploaded")
    assert post["description"].endswith("[\"output ({'type': 'number'})\"]")


async def test_the_endpoints_document_needs_a_login_when_auth_is_on(
    asgi_client: AsgiClientFactory,
) -> None:
    client = asgi_client(gr.Interface(greet, "text", "text"), auth=[("u", "p")])

    assert (await client.get("/gradio_api/openapi.json")).status_code == 401


async def test_the_server_document_lists_every_route_fastapi_style(
    asgi_client: AsgiClientFactory,
) -> None:
    client = asgi_client(gr.Interface(greet, "text", "text"))
    recorded = json.loads((CAPTURES / "a_greet.root_openapi.json").read_text())

    document = (await client.get("/openapi.json")).json()

    assert document["openapi"] == recorded["openapi"]
    assert document["info"] == recorded["info"]
    core = ["/config", "/gradio_api/queue/join", "/gradio_api/info", "/gradio_api/upload"]
    for path in core:
        assert set(document["paths"][path]) <= set(recorded["paths"][path]), path
    heartbeat = document["paths"]["/gradio_api/heartbeat/{session_hash}"]["get"]
    assert (
        heartbeat["parameters"]
        == recorded["paths"]["/gradio_api/heartbeat/{session_hash}"]["get"]["parameters"]
    )
    assert heartbeat["operationId"] == "heartbeat_gradio_api_heartbeat__session_hash__get"
    assert "/gradio_api/openapi.json" in document["paths"]
