"""G3: the server's callable surface is exactly the declared one."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from starlette.routing import Mount, Route

import gradio as gr
from gradio.server.app import create_app

LiveServer = Callable[..., str]

P = "/gradio_api"
EXPECTED_ROUTES = {
    "/", "/config", "/manifest.json", "/robots.txt", "/favicon.ico", "/theme.css",
    f"{P}/theme.css", "/login", "/logout", f"{P}/info", f"{P}/app_id",
    f"{P}/startup-events", f"{P}/queue/status", f"{P}/queue/join", f"{P}/queue/data",
    f"{P}/cancel", f"{P}/reset", f"{P}/heartbeat/{{session_hash}}",
    f"{P}/call/v2/{{api_name}}", f"{P}/call/v2/{{api_name}}/{{event_id}}",
    f"{P}/call/{{api_name}}", f"{P}/call/{{api_name}}/{{event_id}}", f"{P}/run/predict",
    f"{P}/run/{{api_name}}", f"{P}/api/{{api_name}}", f"{P}/upload",
    f"{P}/upload_progress", f"{P}/file={{path:path}}", f"{P}/file/{{path:path}}",
    f"{P}/login_check", f"{P}/user", f"{P}/token", "/assets/{path:path}", f"{P}/openapi.json",
    "/openapi.json", f"{P}/stream/{{event_id}}", f"{P}/stream/{{event_id}}/close",
}  # fmt: skip
"""Every route the server has. A new route is a security decision: add it here on purpose."""


def app_with_private_endpoint() -> gr.Blocks:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(lambda s: s.upper(), box, box, api_name="shout")
        box.change(lambda s: "secret", box, box, api_name="hidden", api_visibility="private")
    return demo


def test_the_route_table_is_exactly_the_declared_one() -> None:
    app = create_app(app_with_private_endpoint())
    paths = {r.path.rstrip("/") or "/" for r in app.routes if isinstance(r, (Route, Mount))}
    assert paths - EXPECTED_ROUTES == set(), "undeclared routes"
    assert EXPECTED_ROUTES - paths <= {f"{P}/openapi.json", "/openapi.json"}


def test_no_debug_docs_or_monitoring_route_answers(live_server: LiveServer) -> None:
    base = live_server(app_with_private_endpoint())
    for path in [
        "/docs", "/redoc", "/monitoring", f"{P}/monitoring",
        f"{P}/dev/reload", f"{P}/component_server", f"{P}/mcp/sse", f"{P}/runs",
        f"{P}/vibe", "/debug", "/exec",
    ]:  # fmt: skip
        assert httpx.get(base + path).status_code in (404, 405), path
        assert httpx.post(base + path, json={}).status_code in (404, 405), path


@pytest.mark.parametrize("route", ["call", "call/v2", "run", "api"])
def test_a_private_endpoint_cannot_be_called_by_name(live_server: LiveServer, route: str) -> None:
    base = live_server(app_with_private_endpoint())
    body = {"s": "x"} if route == "call/v2" else {"data": ["x"]}
    answer = httpx.post(f"{base}{P}/{route}/hidden", json=body)
    assert answer.status_code == 404
    assert "secret" not in answer.text


def test_a_private_endpoint_is_in_no_api_listing(live_server: LiveServer) -> None:
    base = live_server(app_with_private_endpoint())
    for query in ["", "?all_endpoints=true"]:
        info = httpx.get(f"{base}{P}/info{query}").json()
        assert "/hidden" not in info["named_endpoints"]
        assert "/shout" in info["named_endpoints"]
    for path in [f"{P}/openapi.json", "/openapi.json"]:
        listing = httpx.get(base + path)
        assert "hidden" not in listing.text, path


@pytest.mark.parametrize("fn_index", [-1, 2, 10**12, True, "0", None, 1.5])
def test_an_undeclared_fn_index_runs_nothing(live_server: LiveServer, fn_index: object) -> None:
    base = live_server(app_with_private_endpoint())
    join = {"data": ["x"], "fn_index": fn_index, "session_hash": "s"}
    predict = {"data": ["x"], "fn_index": fn_index}
    for path, body in [(f"{P}/queue/join", join), (f"{P}/run/predict", predict)]:
        answer = httpx.post(base + path, json=body)
        assert 400 <= answer.status_code < 500, (path, fn_index, answer.text)
