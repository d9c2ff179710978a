"""Turning call arguments into join data, and results into return values (no server)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gradio_client.endpoint import Endpoint, endpoints_from_config, find_endpoint

CAPTURES = Path(__file__).resolve().parents[1] / "fixtures" / "captures"


def load(name: str) -> Any:
    return json.loads((CAPTURES / name).read_text())


@pytest.fixture
def blocks() -> dict[int, Endpoint]:
    """The Blocks app of the captures: /add(x=1, y=2, State), /show_hist(State), /upper(s)."""
    return endpoints_from_config(
        load("b_blocks.config.json"), load("b_blocks.client_view_api_dict.json")
    )


def test_defaults_fill_missing_arguments_and_state_is_sent_as_null(
    blocks: dict[int, Endpoint],
) -> None:
    add = find_endpoint(blocks, "/add", None)

    assert add.build_data((), {}) == [1, 2, None]
    assert add.build_data((5,), {}) == [5, 2, None]
    assert add.build_data((), {"y": 7}) == [1, 7, None]


def test_a_state_only_endpoint_takes_no_arguments(blocks: dict[int, Endpoint]) -> None:
    assert find_endpoint(blocks, "/show_hist", None).build_data((), {}) == [None]


def test_state_outputs_are_stripped_and_a_single_value_is_returned_alone(
    blocks: dict[int, Endpoint],
) -> None:
    add = find_endpoint(blocks, "/add", None)

    assert add.present([3, None]) == 3


def test_several_outputs_come_back_as_a_tuple() -> None:
    endpoint = Endpoint(
        fn_index=0,
        api_name="/two",
        visibility="public",
        parameters=[],
        input_is_api=[],
        output_is_api=[True, False, True],
        backend_fn=True,
    )

    assert endpoint.present(["A", None, 1]) == ("A", 1)


def test_a_missing_required_argument_names_the_parameter(blocks: dict[int, Endpoint]) -> None:
    with pytest.raises(TypeError, match="No value provided for required argument: s"):
        find_endpoint(blocks, "/upper", None).build_data((), {})


def test_an_unknown_keyword_is_refused(blocks: dict[int, Endpoint]) -> None:
    with pytest.raises(TypeError, match="`z` is not a valid key-word argument"):
        find_endpoint(blocks, "/add", None).build_data((), {"z": 1})


def test_a_keyword_repeating_a_positional_argument_is_refused(
    blocks: dict[int, Endpoint],
) -> None:
    with pytest.raises(TypeError, match="`x` is already set as a positional argument"):
        find_endpoint(blocks, "/add", None).build_data((1,), {"x": 2})


def test_an_api_name_without_its_slash_gets_a_hint(blocks: dict[int, Endpoint]) -> None:
    with pytest.raises(ValueError, match="Did you mean to use a leading slash"):
        find_endpoint(blocks, "add", None)


def test_private_endpoints_cannot_be_called_by_name(blocks: dict[int, Endpoint]) -> None:
    with pytest.raises(ValueError, match="Cannot find a function with `api_name`: /false"):
        find_endpoint(blocks, "/false", None)


def test_several_public_endpoints_require_a_name(blocks: dict[int, Endpoint]) -> None:
    with pytest.raises(ValueError, match="specify an `api_name` or `fn_index`"):
        find_endpoint(blocks, None, None)


def test_the_only_public_endpoint_is_chosen_when_no_name_is_given() -> None:
    endpoints = endpoints_from_config(load("a_greet.config.json"), load("a_greet.info.json"))

    assert find_endpoint(endpoints, None, None).api_name == "/greet"


def test_chat_interface_respond_sends_the_message_and_a_null_history() -> None:
    endpoints = endpoints_from_config(load("e_chat.config.json"), load("e_chat.info.json"))
    respond = find_endpoint(endpoints, "/respond", None)
    transcript = (CAPTURES / "client_e_chat.transcript.txt").read_text()

    data = respond.build_data(("hello bot",), {})

    assert respond.fn_index == 6
    assert json.dumps({"data": data, "fn_index": 6}, separators=(",", ":"))[:-1] in transcript
    assert respond.present(["hi", None]) == "hi"
