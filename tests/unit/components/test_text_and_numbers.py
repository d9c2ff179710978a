"""Textbox, Number, Slider and Checkbox: values in, values out, bad values rejected."""

from __future__ import annotations

import pytest

import gradio as gr
from gradio.exceptions import Error


def test_textbox_passes_text_through_and_keeps_none() -> None:
    box = gr.Textbox()

    assert box.preprocess("hello") == "hello"
    assert box.preprocess(None) is None
    assert box.postprocess(42) == "42"


def test_textbox_rejects_a_dict_payload_with_a_clear_error() -> None:
    with pytest.raises(Error, match="Textbox expects a string"):
        gr.Textbox().preprocess({"text": "x"})


def test_textbox_rejects_an_unknown_type_naming_the_argument() -> None:
    with pytest.raises(ValueError, match=r"Textbox: invalid `type`"):
        gr.Textbox(type="secret")  # type: ignore[arg-type]


def test_number_gives_floats_and_ints_with_precision_zero() -> None:
    assert gr.Number().preprocess(2) == 2.0
    assert isinstance(gr.Number().preprocess(2), float)
    assert gr.Number(precision=0).preprocess(2.6) == 3
    assert gr.Number(precision=1).postprocess(2.345) == 2.3


def test_number_rejects_values_outside_its_bounds() -> None:
    with pytest.raises(Error, match="greater than maximum"):
        gr.Number(minimum=0, maximum=10).preprocess(11)


def test_number_rejects_text_that_is_not_a_number() -> None:
    with pytest.raises(Error, match="expects a number"):
        gr.Number().preprocess("eleven")


def test_slider_starts_at_its_minimum_and_describes_its_range() -> None:
    slider = gr.Slider(2, 8)

    assert slider.value == 2
    assert slider.api_info() == {"type": "number", "description": "numeric value between 2 and 8"}


def test_slider_with_minimum_above_maximum_is_refused() -> None:
    with pytest.raises(ValueError, match=r"Slider: invalid `minimum`"):
        gr.Slider(10, 1)


def test_slider_rejects_a_value_outside_the_range() -> None:
    with pytest.raises(Error, match="outside the range"):
        gr.Slider(0, 10).preprocess(12)


def test_checkbox_accepts_only_booleans() -> None:
    assert gr.Checkbox().preprocess(True) is True
    with pytest.raises(Error, match="true or false"):
        gr.Checkbox().preprocess("yes")
