"""`launch(auth=...)`: login, cookies, protected routes, logout (protocol §10, G7)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest

from gradio.server.auth import AuthState, login_shell_config

LOGIN = {"username": "u", "password": "p"}


def cookie_lines(response: httpx.Response) -> list[str]:
    return response.headers.get_list("set-cookie")


def test_logging_in_with_a_form_sets_both_cookies_exactly_like_gradio(
    files_client: Callable[..., Any],
) -> None:
    client = files_client(auth=("u", "p"))
    response = client.post("/login", data=LOGIN)
    assert response.status_code == 200
    assert response.json() == {"success": True}
    secure, unsecure = cookie_lines(response)
    match = re.fullmatch(
        r"access-token-([\w-]{43})=([\w-]{22}); HttpOnly; Path=/; SameSite=none; Secure", secure
    )
    assert match, secure
    suffix, token = match.groups()
    assert unsecure == f"access-token-unsecure-{suffix}={token}; HttpOnly; Path=/; SameSite=lax"


def test_a_multipart_login_works_like_the_browser_sends_it(
    files_client: Callable[..., Any],
) -> None:
    client = files_client(auth=("u", "p"))
    response = client.post("/login/", files={"username": (None, "u"), "password": (None, "p")})
    assert response.json() == {"success": True}


def test_a_json_login_is_a_422_naming_the_missing_fields(files_client: Callable[..., Any]) -> None:
    response = files_client(auth=("u", "p")).post("/login", json=LOGIN)
    assert response.status_code == 422
    assert response.json() == {
        "detail": [
            {"type": "missing", "loc": ["body", key], "msg": "Field required", "input": None}
            for key in ("username", "password")
        ]
    }


def test_wrong_credentials_are_a_400(files_client: Callable[..., Any]) -> None:
    response = files_client(auth=("u", "p")).post("/login", data={"username": "u", "password": "x"})
    assert response.status_code == 400
    assert response.json() == {"detail": "Incorrect credentials."}
    assert cookie_lines(response) == []


def test_protected_routes_answer_401_with_the_auth_message(
    files_client: Callable[..., Any],
) -> None:
    client = files_client(auth=("u", "p"), auth_message="Ask <b>Ann</b>")
    response = client.get("/config")
    assert response.status_code == 401
    assert response.json() == {
        "detail": {"error": "Not authenticated", "auth_message": "Ask <b>Ann</b>"}
    }
    assert client.get("/gradio_api/login_check").status_code == 401


def test_after_login_the_cookie_opens_protected_routes(files_client: Callable[..., Any]) -> None:
    client = files_client(auth=[("ann", "1"), ("bob", "2")])
    client.post("/login", data={"username": " bob ", "password": "2"})
    assert client.get("/config").json() == {"user": "bob"}
    assert client.get("/gradio_api/login_check").json() is None
    assert client.get("/gradio_api/user").json() == "bob"
    assert client.get("/gradio_api/token").json() == {"token": None, "user": "bob"}


def test_either_cookie_alone_authenticates_but_a_bearer_header_does_not(
    files_client: Callable[..., Any],
) -> None:
    client = files_client(auth=("u", "p"))
    secure, unsecure = cookie_lines(client.post("/login", data=LOGIN))
    for line in (secure, unsecure):
        name, value = line.split(";")[0].split("=", 1)
        client.cookies.clear()
        assert client.get("/config", headers={"Cookie": f"{name}={value}"}).status_code == 200
    client.cookies.clear()
    token = secure.split(";")[0].split("=", 1)[1]
    assert client.get("/config", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_logout_clears_the_cookies_and_revokes_the_token(files_client: Callable[..., Any]) -> None:
    client = files_client(auth=("u", "p"))
    secure, _ = cookie_lines(client.post("/login", data=LOGIN))
    name, value = secure.split(";")[0].split("=", 1)
    response = client.get("/logout", follow_redirects=False)
    assert response.status_code == 302
    assert response.headers["location"] == "/"
    cleared = cookie_lines(response)
    assert len(cleared) == 2 and all("Max-Age=0" in line for line in cleared)
    client.cookies.clear()
    assert client.get("/config", headers={"Cookie": f"{name}={value}"}).status_code == 401


def test_logout_ends_every_session_of_the_user_by_default(
    files_client: Callable[..., Any],
) -> None:
    client = files_client(auth=("u", "p"))
    first = cookie_lines(client.post("/login", data=LOGIN))[1].split(";")[0].split("=", 1)
    second = cookie_lines(client.post("/login", data=LOGIN))[1].split(";")[0].split("=", 1)
    client.cookies.clear()
    client.get("/logout", headers={"Cookie": f"{first[0]}={first[1]}"}, follow_redirects=False)
    client.cookies.clear()
    assert client.get("/config", headers={"Cookie": f"{second[0]}={second[1]}"}).status_code == 401


def test_without_auth_the_introspection_routes_say_nobody(
    files_client: Callable[..., Any],
) -> None:
    client = files_client()
    assert client.get("/config").status_code == 200
    assert client.get("/gradio_api/login_check").json() is None
    assert client.get("/gradio_api/user").json() is None
    assert client.get("/gradio_api/token").json() == {"token": None, "user": None}


def test_a_callable_decides_who_logs_in(files_client: Callable[..., Any]) -> None:
    client = files_client(auth=lambda user, password: password == user[::-1])
    bad = client.post("/login", data={"username": "abc", "password": "abc"})
    assert bad.status_code == 400
    assert client.post("/login", data={"username": "abc", "password": "cba"}).status_code == 200


def test_an_async_callable_decides_who_logs_in(files_client: Callable[..., Any]) -> None:
    async def check(user: str, password: str) -> bool:
        await anyio.sleep(0)
        return (user, password) == ("a", "b")

    client = files_client(auth=check)
    assert client.post("/login", data={"username": "a", "password": "b"}).status_code == 200


def test_repeated_failures_are_rate_limited(files_client: Callable[..., Any]) -> None:
    client = files_client(auth=("u", "p"), max_failures=3)
    for _ in range(3):
        assert client.post("/login", data={"username": "u", "password": "x"}).status_code == 400
    blocked = client.post("/login", data=LOGIN)
    assert blocked.status_code == 429
    assert blocked.json() == {"detail": "Too many login attempts. Try again later."}


def test_tokens_expire() -> None:
    auth = AuthState(("u", "p"), token_lifetime=0.05)
    token = auth.issue_token("u")
    assert auth.username_for(token) == "u"
    time.sleep(0.1)
    assert auth.username_for(token) is None


def test_credentials_differing_only_in_length_or_case_are_refused() -> None:
    auth = AuthState([("user", "secret")])

    async def check(user: str, password: str) -> bool:
        return await auth.verify(user, password)

    assert anyio.run(check, "user", "secret")
    assert not anyio.run(check, "user", "secret!")
    assert not anyio.run(check, "user", "Secret")
    assert not anyio.run(check, "USER", "secret")
    assert not anyio.run(check, "", "")


def test_malformed_auth_values_are_a_clear_error() -> None:
    with pytest.raises(ValueError, match="auth must be"):
        AuthState([("only-a-name",)])  # type: ignore[list-item]


def test_the_cookie_suffix_is_fixed_per_app_and_random_across_apps() -> None:
    one, two = AuthState(("u", "p")), AuthState(("u", "p"))
    assert one.cookie_names == one.cookie_names
    assert one.cookie_suffix != two.cookie_suffix


def test_the_login_shell_config_matches_the_observed_one() -> None:
    assert login_shell_config("http://127.0.0.1:7860", None) == {
        "auth_required": True,
        "auth_message": None,
        "space_id": None,
        "root": "http://127.0.0.1:7860",
        "page": {"": {"layout": {}}},
        "pages": [""],
        "components": [],
        "dependencies": [],
        "current_page": "",
    }
