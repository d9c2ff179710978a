"""`Client.predict` and `view_api` against live servers (real Gradio 6 and radiogram)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from gradio_client import Client
from gradio_client.exceptions import AppError

Launcher = Callable[[str], str]


@pytest.fixture
def client(app_url: Launcher) -> Iterator[Client]:
    with Client(app_url("blocks_app"), verbose=False) as connected:
        yield connected


def test_a_text_endpoint_returns_its_text(client: Client) -> None:
    assert client.predict("World", api_name="/greet") == "Hello World!"


def test_keyword_arguments_and_defaults_fill_the_parameters(client: Client) -> None:
    assert client.predict(api_name="/add") == 3
    assert client.predict(5, api_name="/add") == 7
    assert client.predict(y=10, api_name="/add") == 11
    assert client.predict(x=2, y=3, api_name="/add") == 5


def test_state_is_kept_per_client_session_and_reset_on_demand(client: Client) -> None:
    client.predict(1, 1, api_name="/add")
    client.predict(2, 2, api_name="/add")

    assert client.predict(api_name="/show_hist") == "2, 4"
    client.reset_session()
    assert client.predict(api_name="/show_hist") == ""


def test_several_outputs_come_back_as_a_tuple(client: Client) -> None:
    assert client.predict("abc", api_name="/describe") == ("ABC", 3)


def test_an_endpoint_can_be_called_by_fn_index(client: Client) -> None:
    greet = next(e for e in client.endpoints.values() if e.api_name == "/greet")

    assert client.predict("Index", fn_index=greet.fn_index) == "Hello Index!"


def test_gr_error_raises_app_error_with_the_server_message(client: Client) -> None:
    with pytest.raises(AppError, match="custom failure: boom") as caught:
        client.predict("boom", api_name="/fail")

    assert caught.value.title == "Error"


def test_a_hidden_exception_raises_app_error_pointing_at_show_error(client: Client) -> None:
    with pytest.raises(AppError, match="show_error=True") as caught:
        client.predict("secret", api_name="/crash")

    assert "secret" not in str(caught.value)


def test_calling_an_unknown_endpoint_fails_before_anything_is_sent(client: Client) -> None:
    with pytest.raises(ValueError, match="Cannot find a function with `api_name`: /nope"):
        client.predict(api_name="/nope")


def test_view_api_returns_the_endpoints_with_their_parameters(client: Client) -> None:
    info = client.view_api(print_info=False, return_format="dict")

    assert isinstance(info, dict)
    add = info["named_endpoints"]["/add"]
    assert [p["parameter_name"] for p in add["parameters"]] == ["x", "y"]
    assert [p["parameter_default"] for p in add["parameters"]] == [1, 2]
    assert add["returns"][0]["label"] == "sum"
    assert "code_snippets" not in add


def test_view_api_prints_each_endpoint_as_a_predict_call(
    client: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    client.view_api()

    printed = capsys.readouterr().out
    assert 'predict(x, y, api_name="/add") -> sum' in printed
    assert "     - [Number] x: float (not required, defaults to:   1)  \n" in printed
    assert 'predict(s, api_name="/describe") -> (out, length)' in printed
