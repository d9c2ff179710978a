"""G7: sessions and auth, attacked over a live server and at the function that decides.

The session token lives only in `HttpOnly` cookies: no route, page or config hands it to
page scripts (an XSS that can read it could keep the session after the tab closes).
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import anyio
import httpx
import pytest

import gradio as gr
from gradio.server.auth import AuthState

LiveServer = Callable[..., str]
USERS = [("ann", "apple-pie"), ("bob", "blue-moon"), ("cat", "cold-tea")]


def echo_app() -> gr.Blocks:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(lambda s: s, box, box, api_name="echo")
    return demo


@contextmanager
def logged_in(base: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base, timeout=30) as client:
        answer = client.post("/login", data={"username": "bob", "password": "blue-moon"})
        assert answer.status_code == 200, answer.text
        yield client


def session_token(client: httpx.Client) -> str:
    [token] = {value for name, value in client.cookies.items() if name.startswith("access-")}
    return token


def test_no_route_or_page_hands_the_session_token_to_scripts(live_server: LiveServer) -> None:
    base = live_server(echo_app(), auth=USERS)
    with logged_in(base) as client:
        token = session_token(client)
        for path in ["/", "/config", "/gradio_api/info", "/gradio_api/token", "/gradio_api/user"]:
            answer = client.get(path)
            assert answer.status_code == 200, path
            assert token not in answer.text, f"{path} exposes the session token"
        assert client.get("/gradio_api/token").json() == {"token": None, "user": "bob"}


def test_both_session_cookies_are_http_only(live_server: LiveServer) -> None:
    base = live_server(echo_app(), auth=USERS)
    answer = httpx.post(f"{base}/login", data={"username": "ann", "password": "apple-pie"})
    cookies = answer.headers.get_list("set-cookie")
    assert len(cookies) == 2
    assert all("HttpOnly" in line and "Path=/" in line for line in cookies)
    secure, lax = cookies
    assert "SameSite=none; Secure" in secure and "SameSite=lax" in lax


def test_after_logout_a_stolen_token_opens_nothing(live_server: LiveServer) -> None:
    base = live_server(echo_app(), auth=USERS)
    with logged_in(base) as client:
        stolen = dict(client.cookies.items())
        client.get("/logout")
    with httpx.Client(base_url=base, cookies=stolen) as replay:
        assert replay.get("/config").status_code == 401
        assert replay.post("/gradio_api/call/echo", json={"data": ["x"]}).status_code == 401
        assert replay.post("/gradio_api/upload", files={"files": ("a", b"a")}).status_code == 401


def test_the_login_rate_limit_holds_even_for_the_right_password(live_server: LiveServer) -> None:
    base = live_server(echo_app(), auth=USERS)
    for attempt in range(10):
        wrong = httpx.post(f"{base}/login", data={"username": "bob", "password": str(attempt)})
        assert wrong.status_code == 400
    right = httpx.post(f"{base}/login", data={"username": "bob", "password": "blue-moon"})
    assert right.status_code == 429
    assert "access-token" not in right.headers.get("set-cookie", "")


@pytest.mark.parametrize(
    ("username", "password"),
    [("ann", "apple-pie"), ("cat", "cold-tea"), ("nobody", "x"), ("bob", "b" * 10_000)],
)
def test_every_login_compares_every_stored_pair_in_constant_time(
    monkeypatch: pytest.MonkeyPatch, username: str, password: str
) -> None:
    calls: list[tuple[int, int]] = []
    original = hmac.compare_digest

    def counting(a: bytes, b: bytes) -> bool:
        calls.append((len(a), len(b)))
        return original(a, b)

    monkeypatch.setattr(hmac, "compare_digest", counting)
    auth = AuthState(USERS)
    anyio.run(auth.verify, username, password)
    # Two comparisons per stored pair, always of equal-length digests, whoever logs in.
    assert calls == [(32, 32)] * (2 * len(USERS))


def test_a_cookie_from_another_server_process_is_refused_not_trusted(
    live_server: LiveServer,
) -> None:
    first = live_server(echo_app(), auth=USERS)
    second = live_server(echo_app(), auth=USERS)
    with logged_in(first) as client:
        token = session_token(client)
        cookies = dict(client.cookies.items())
    assert httpx.get(f"{second}/config", cookies=cookies).status_code == 401
    assert token not in httpx.get(f"{second}/", cookies=cookies).text


def test_server_secrets_in_the_environment_never_reach_the_page(
    live_server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_secretvalue123")
    monkeypatch.setenv("GRADIO_AUTH_SECRET", "do-not-send")
    base = live_server(echo_app())
    for path in ["/", "/config", "/gradio_api/info"]:
        text = httpx.get(base + path).text
        assert "hf_secretvalue123" not in text and "do-not-send" not in text


def test_two_apps_never_share_a_cookie_name_so_no_key_is_hard_coded() -> None:
    names: Any = {AuthState(USERS).cookie_names for _ in range(20)}
    assert len(names) == 20
