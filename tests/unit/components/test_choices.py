"""Dropdown and Radio: choices as values or indices; values outside the choices refused."""

from __future__ import annotations

import pytest

import gradio as gr
from gradio.exceptions import Error


def test_dropdown_defaults_to_the_first_choice() -> None:
    assert gr.Dropdown(["red", "green"]).value == "red"


def test_dropdown_with_type_index_passes_the_position() -> None:
    dropdown = gr.Dropdown([("Red", "r"), ("Green", "g")], type="index")

    assert dropdown.preprocess("g") == 1


def test_multiselect_dropdown_passes_a_list_and_enforces_max_choices() -> None:
    dropdown = gr.Dropdown(["a", "b", "c"], multiselect=True, max_choices=2)

    assert dropdown.preprocess(["a", "c"]) == ["a", "c"]
    with pytest.raises(Error, match="at most 2"):
        dropdown.preprocess(["a", "b", "c"])


def test_dropdown_value_outside_the_choices_is_refused_unless_custom_values_are_allowed() -> None:
    with pytest.raises(ValueError, match=r"Dropdown: invalid `value`"):
        gr.Dropdown(["a", "b"], value="z")

    assert gr.Dropdown(["a", "b"], value="z", allow_custom_value=True).preprocess("z") == "z"


def test_dropdown_payload_outside_the_choices_is_an_error() -> None:
    with pytest.raises(Error, match="not in the list of choices"):
        gr.Dropdown(["a", "b"]).preprocess("z")


def test_radio_api_info_lists_the_choices() -> None:
    assert gr.Radio(["x", "y"]).api_info() == {
        "enum": ["x", "y"],
        "title": "Radio",
        "type": "string",
    }


def test_radio_with_an_unknown_type_is_refused() -> None:
    with pytest.raises(ValueError, match=r"Radio: invalid `type`"):
        gr.Radio(["x"], type="label")  # type: ignore[arg-type]
