"""Connecting: URLs and root paths, logins, and clear errors for what cannot work."""

from __future__ import annotations

from collections.abc import Callable
from http.server import BaseHTTPRequestHandler

import pytest

from client.servers import Servers, free_port
from client.stub_server import StubServer
from gradio_client import Client
from gradio_client.exceptions import (
    AuthenticationError,
    HuggingFaceOnlyError,
    NotGradioAppError,
    ServerUnreachableError,
)

Launcher = Callable[[str], str]


def test_a_url_without_its_trailing_slash_connects(app_url: Launcher) -> None:
    url = app_url("blocks_app").rstrip("/")

    with Client(url, verbose=False) as client:
        assert client.src == url + "/"
        assert client.predict("slash", api_name="/greet") == "Hello slash!"


def test_an_app_mounted_under_a_root_path_is_reached_through_it(
    servers: Servers, server_kind: str
) -> None:
    url = servers.url(server_kind, "mounted_app", "/sub")

    with Client(url, verbose=False) as client:
        assert client.predict("root", api_name="/greet") == "Hello root!"


def test_good_credentials_log_in_and_calls_carry_the_session(app_url: Launcher) -> None:
    with Client(app_url("auth_app"), auth=("u", "p"), verbose=False) as client:
        assert client.predict("Zed", api_name="/greet") == "Hello Zed!"


def test_wrong_credentials_are_refused_with_a_clear_error(app_url: Launcher) -> None:
    with pytest.raises(AuthenticationError, match="refused the credentials for user 'u'"):
        Client(app_url("auth_app"), auth=("u", "wrong"), verbose=False)


def test_a_protected_app_without_credentials_asks_for_a_login(app_url: Launcher) -> None:
    with pytest.raises(AuthenticationError, match="Please login"):
        Client(app_url("auth_app"), verbose=False)


def test_an_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(ServerUnreachableError, match="Is the app running"):
        Client(f"http://127.0.0.1:{free_port()}/", verbose=False)


def test_a_server_that_is_not_a_gradio_app_is_named_as_such() -> None:
    def page(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("content-type", "text/html")
        handler.end_headers()
        handler.wfile.write(b"<html>hello</html>")

    with (
        StubServer({"/config": page}).running() as stub,
        pytest.raises(NotGradioAppError, match="does not look like a Gradio app"),
    ):
        Client(stub.url, verbose=False)
    with StubServer({}).running() as stub, pytest.raises(NotGradioAppError, match="answered 404"):
        Client(stub.url, verbose=False)


def test_a_hugging_face_space_name_explains_that_only_urls_work() -> None:
    with pytest.raises(HuggingFaceOnlyError, match="by URL only"):
        Client("abidlabs/whisper")


def test_hugging_face_only_features_raise_not_implemented(app_url: Launcher) -> None:
    with pytest.raises(NotImplementedError, match=r"Client\.duplicate"):
        Client.duplicate("abidlabs/whisper")
    with (
        Client(app_url("blocks_app"), verbose=False) as client,
        pytest.raises(NotImplementedError, match="deploy_discord"),
    ):
        client.deploy_discord()


def test_connecting_prints_the_url_when_verbose(
    app_url: Launcher, capsys: pytest.CaptureFixture[str]
) -> None:
    with Client(app_url("blocks_app")):
        pass

    assert capsys.readouterr().out == f"Loaded as API: {app_url('blocks_app')}\n"
