"""`/config`, `P/info` and the small descriptive routes."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from queue_apps import greet_app

import gradio as gr

pytestmark = pytest.mark.anyio
AsgiClientFactory = Callable[..., httpx.AsyncClient]


async def test_config_is_the_apps_config_with_the_requests_root(
    asgi_client: AsgiClientFactory,
) -> None:
    demo = greet_app()
    client = asgi_client(demo)
    body = (await client.get("/config", headers={"host": "myhost:1234"})).json()
    expected = {**demo.get_config_file(), "username": None}  # as Gradio: nobody logged in
    assert body["root"] == "http://myhost:1234"
    assert {k: v for k, v in body.items() if k != "root"} == {
        k: v for k, v in expected.items() if k != "root"
    }
    assert body["protocol"] == "sse_v3" and body["api_prefix"] == "/gradio_api"


async def test_config_names_the_logged_in_user(asgi_client: AsgiClientFactory) -> None:
    client = asgi_client(greet_app(), auth=("ann", "1"))
    await client.post("/login", data={"username": "ann", "password": "1"})
    assert (await client.get("/config")).json()["username"] == "ann"


async def test_the_root_follows_forwarded_headers(asgi_client: AsgiClientFactory) -> None:
    client = asgi_client(greet_app())
    headers = {"x-forwarded-host": "example.org", "x-forwarded-proto": "https"}
    assert (await client.get("/config", headers=headers)).json()["root"] == "https://example.org"


async def test_a_root_path_is_appended_to_the_root(asgi_client: AsgiClientFactory) -> None:
    client = asgi_client(greet_app(), root_path="/demo")
    body = (await client.get("/config", headers={"host": "h"})).json()
    assert body["root"] == "http://h/demo"


async def test_info_lists_public_endpoints_with_snippets_naming_the_root(
    asgi_client: AsgiClientFactory,
) -> None:
    client = asgi_client(greet_app())
    info = (await client.get("/gradio_api/info", headers={"host": "h:1"})).json()
    assert list(info) == ["named_endpoints", "unnamed_endpoints"]
    greet = info["named_endpoints"]["/greet"]
    assert greet["parameters"] == [
        {
            "label": "name",
            "parameter_name": "name",
            "parameter_has_default": False,
            "parameter_default": None,
            "type": {"type": "string"},
            "python_type": {"type": "str", "description": ""},
            "component": "Textbox",
            "example_input": "Hello!!",
        }
    ]
    assert greet["returns"][0]["label"] == "output"
    assert 'Client("http://h:1")' in greet["code_snippets"]["python"]
    assert "http://h:1/gradio_api/call/v2/greet" in greet["code_snippets"]["bash"]
    assert set(greet["code_snippets"]) == {"python", "javascript", "bash", "cli"}


async def test_all_endpoints_adds_undocumented_ones_without_snippets(
    asgi_client: AsgiClientFactory,
) -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        state = gr.State(0)
        box.submit(lambda x, s: x, [box, state], box, api_name="shown")
        box.change(lambda x: x, box, box, api_name="inner", api_visibility="undocumented")
        box.blur(lambda x: x, box, box, api_name="secret", api_visibility="private")
    client = asgi_client(demo)
    public = (await client.get("/gradio_api/info")).json()["named_endpoints"]
    every = (await client.get("/gradio_api/info?all_endpoints=true")).json()["named_endpoints"]
    assert list(public) == ["/shown"]
    assert len(public["/shown"]["parameters"]) == 1  # the State input is not a parameter
    assert sorted(every) == ["/inner", "/shown"]
    assert "code_snippets" not in every["/shown"]


async def test_small_routes_answer_as_gradio_does(asgi_client: AsgiClientFactory) -> None:
    demo = greet_app()
    client = asgi_client(demo)
    assert (await client.get("/gradio_api/app_id")).json() == {"app_id": demo.app_id}
    assert (await client.get("/gradio_api/startup-events")).json() is False
    assert (await client.get("/gradio_api/queue/status")).json() == {
        "msg": "estimation",
        "event_id": None,
        "rank": None,
        "queue_size": 0,
        "rank_eta": None,
    }
    assert (await client.get("/gradio_api/config")).status_code == 404
    assert (await client.get("/config/")).status_code == 200
