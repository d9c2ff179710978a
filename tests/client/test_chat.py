"""A ChatInterface through its `/respond` endpoint: streaming, history kept per session."""

from __future__ import annotations

from collections.abc import Callable

from gradio_client import Client

Launcher = Callable[[str], str]


def test_chat_interface_streams_its_reply_and_keeps_the_history(app_url: Launcher) -> None:
    with Client(app_url("chat_app"), verbose=False) as client:
        job = client.submit("hello bot", api_name="/respond")
        partials = list(job)
        second = client.predict("again", api_name="/respond")

    assert job.result() == "#0 You said: hello bot"
    assert len(partials) > 2
    assert all(job.result().startswith(p) for p in partials)
    assert second == "#2 You said: again"


def test_chat_history_is_per_client(app_url: Launcher) -> None:
    with Client(app_url("chat_app"), verbose=False) as first:
        first.predict("one", api_name="/respond")
        with Client(app_url("chat_app"), verbose=False) as second:
            assert second.predict("two", api_name="/respond") == "#0 You said: two"


def test_chat_view_api_shows_only_the_message_parameter(app_url: Launcher) -> None:
    with Client(app_url("chat_app"), verbose=False) as client:
        text = client.view_api(print_info=False, return_format="str")

    assert isinstance(text, str)
    assert 'predict(message, api_name="/respond") -> response' in text
