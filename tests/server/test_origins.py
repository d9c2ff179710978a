"""The CORS/origin middleware (protocol §12, security.md G6)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route

from gradio.server.origins import OriginMiddleware

PUBLIC = "http://myhost.example:7860"


async def hello(request: Request) -> PlainTextResponse:
    return PlainTextResponse("hi")


def origin_app() -> Starlette:
    return Starlette(
        routes=[Route("/x", hello, methods=["GET", "POST"])],
        middleware=[Middleware(OriginMiddleware)],
    )


@pytest.fixture
def local(client_for: Callable[..., Any]) -> Any:
    """A client whose requests carry `Host: 127.0.0.1:7860` (a localhost-bound server)."""
    return client_for(origin_app())


@pytest.fixture
def public(client_for: Callable[..., Any]) -> Any:
    """A client whose requests carry `Host: myhost.example:7860` (a public server)."""
    return client_for(origin_app(), base_url=PUBLIC)


@pytest.mark.parametrize(
    "origin", ["http://localhost:3000", "http://127.0.0.1:5173", "http://[::1]:8000"]
)
def test_localhost_origins_are_reflected_with_credentials(local: Any, origin: str) -> None:
    response = local.get("/x", headers={"Origin": origin})
    assert response.headers["access-control-allow-origin"] == origin
    assert response.headers["access-control-allow-credentials"] == "true"
    assert response.headers["vary"] == "Origin"


def test_a_foreign_origin_is_not_reflected(local: Any) -> None:
    response = local.get("/x", headers={"Origin": "http://evil.example"})
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers
    assert response.headers["access-control-allow-credentials"] == "true"


def test_the_null_origin_is_never_reflected_nor_allowed_to_write(local: Any) -> None:
    read = local.get("/x", headers={"Origin": "null"})
    assert "access-control-allow-origin" not in read.headers
    write = local.post("/x", headers={"Origin": "null"})
    assert write.status_code == 403
    assert write.json() == {"detail": "Origin not allowed."}


def test_a_foreign_origin_cannot_make_state_changing_requests(local: Any) -> None:
    response = local.post("/x", headers={"Origin": "http://evil.example"})
    assert response.status_code == 403
    assert local.post("/x", headers={"Origin": "http://localhost:3000"}).text == "hi"


def test_requests_without_an_origin_pass_untouched(local: Any) -> None:
    response = local.post("/x")
    assert response.text == "hi"
    assert "access-control-allow-credentials" not in response.headers


def test_a_preflight_from_localhost_is_answered(local: Any) -> None:
    response = local.options(
        "/x",
        headers={
            "Origin": "http://localhost:3000",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type,x-gradio-user",
        },
    )
    assert response.status_code == 200
    assert response.text == "OK"
    assert response.headers["access-control-allow-origin"] == "http://localhost:3000"
    assert response.headers["access-control-allow-methods"] == (
        "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"
    )
    assert response.headers["access-control-allow-headers"] == "content-type,x-gradio-user"
    assert response.headers["access-control-max-age"] == "600"


def test_a_preflight_from_a_foreign_origin_grants_nothing(local: Any) -> None:
    response = local.options(
        "/x", headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"}
    )
    assert "access-control-allow-origin" not in response.headers


def test_a_public_server_reflects_its_own_origin(public: Any) -> None:
    response = public.post("/x", headers={"Origin": PUBLIC})
    assert response.text == "hi"
    assert response.headers["access-control-allow-origin"] == PUBLIC


def test_a_public_server_does_not_reflect_other_origins_with_credentials(public: Any) -> None:
    for origin in ("http://evil.example", "http://localhost:3000"):
        response = public.get("/x", headers={"Origin": origin})
        assert "access-control-allow-origin" not in response.headers
        assert public.post("/x", headers={"Origin": origin}).status_code == 403


def test_behind_a_proxy_the_forwarded_host_is_the_app_origin(local: Any) -> None:
    headers = {"Origin": "https://app.example.org", "X-Forwarded-Host": "app.example.org"}
    assert local.post("/x", headers=headers).text == "hi"


def test_a_parent_apps_cors_middleware_takes_precedence(client_for: Callable[..., Any]) -> None:
    inner = Starlette(routes=[Route("/x", hello, methods=["GET", "POST"])])
    parent = Starlette(
        routes=[Mount("/app", app=inner)],
        middleware=[
            Middleware(
                CORSMiddleware, allow_origins=["http://partner.example"], allow_methods=["*"]
            )
        ],
    )
    inner.add_middleware(OriginMiddleware, parent_app=parent)
    response = client_for(parent).post("/app/x", headers={"Origin": "http://partner.example"})
    assert response.text == "hi"
    assert response.headers["access-control-allow-origin"] == "http://partner.example"
