"""Discovery: logging in, and fetching an app's config and API info, with clear errors."""

from __future__ import annotations

import contextlib
from typing import Any

import httpx

from gradio_client.exceptions import AuthenticationError, NotGradioAppError, ServerUnreachableError

SUPPORTED_PROTOCOLS = ("sse_v1", "sse_v2", "sse_v2.1", "sse_v3")
"""Queue protocols this client speaks (Gradio 4.x to 6.x); Gradio 6 says `sse_v3`."""


def login(http: httpx.Client, src: str, auth: tuple[str, str]) -> dict[str, str]:
    """Log in with the app's form login; return the session cookies it set.

    Parameters:
        http: the connection pool.
        src: the app's URL (ending with a slash).
        auth: `(username, password)`.
    """
    username, password = auth
    response = _request(
        http, "POST", src + "login", data={"username": username, "password": password}
    )
    if response.status_code in (400, 401, 403):
        raise AuthenticationError(
            f"Could not login to {src}: the server refused the credentials for user "
            f"{username!r} ({_detail(response)})."
        )
    if response.status_code == 404:
        raise AuthenticationError(f"Could not login to {src}: the app has no login (404).")
    if not response.is_success:
        raise AuthenticationError(f"Could not login to {src} ({response.status_code}).")
    cookies: dict[str, str] = {}
    for header in response.headers.get_list("set-cookie"):
        name, _, rest = header.partition("=")
        cookies[name.strip()] = rest.split(";", 1)[0].strip()
    return cookies


def fetch_config(http: httpx.Client, src: str) -> dict[str, Any]:
    """`GET /config`, checked to be a Gradio app's config the client can drive.

    Parameters:
        http: the connection pool.
        src: the app's URL (ending with a slash).
    """
    response = _request(http, "GET", src + "config")
    if response.status_code == 401:
        raise AuthenticationError(
            f"Could not load {src} as credentials were not provided. Please login: "
            "Client(src, auth=(username, password))."
        )
    if not response.is_success:
        raise NotGradioAppError(
            f"{src} does not look like a Gradio app: GET {src}config answered "
            f"{response.status_code}."
        )
    try:
        config = response.json()
    except ValueError:
        raise NotGradioAppError(
            f"{src} does not look like a Gradio app: {src}config is not JSON."
        ) from None
    if not isinstance(config, dict) or not {"components", "dependencies"} <= config.keys():
        raise NotGradioAppError(
            f"{src} does not look like a Gradio app: {src}config has no components/dependencies."
        )
    protocol = config.get("protocol", "ws")
    if protocol not in SUPPORTED_PROTOCOLS:
        raise NotGradioAppError(
            f"{src} speaks the queue protocol {protocol!r}; this client needs one of "
            f"{', '.join(SUPPORTED_PROTOCOLS)} (Gradio 4 or later)."
        )
    return config


def fetch_info(http: httpx.Client, api_url: str) -> dict[str, Any]:
    """`GET P/info`: the app's API description.

    Parameters:
        http: the connection pool.
        api_url: `ROOT + P + "/"`.
    """
    response = _request(http, "GET", api_url + "info", params={"serialize": "False"})
    if not response.is_success:
        raise NotGradioAppError(
            f"Could not fetch api info for {api_url}: {response.status_code} {_detail(response)}"
        )
    info = response.json()
    info.setdefault("named_endpoints", {})
    info.setdefault("unnamed_endpoints", {})
    return dict(info)


def _request(http: httpx.Client, method: str, url: str, **kwargs: Any) -> httpx.Response:
    try:
        return http.request(method, url, **kwargs)
    except httpx.TransportError as exc:
        raise ServerUnreachableError(
            f"Could not connect to {url}: {exc or type(exc).__name__}. "
            "Is the app running, and is the URL right?"
        ) from None


def _detail(response: httpx.Response) -> str:
    with contextlib.suppress(ValueError):
        body = response.json()
        if isinstance(body, dict) and "detail" in body:
            return str(body["detail"])
    return response.text[:300]
