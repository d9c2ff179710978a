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
    assert gr.Number(precision=0).preprocess(2.6) == 3
    assert gr.Number(precision=1).postprocess(2.345) == 2.3
    assert gr.Number().preprocess("2.5") == 2.5


@pytest.mark.parametrize(
    ("precision", "value", "wire"),
    [
        (None, 7, 7),
        (None, 7.0, 7.0),
        (None, 7.25, 7.25),
        (0, 7.0, 7),
        (0, 7.25, 7),
        (1, 7, 7),
        (1, 7.0, 7.0),
        (1, 7.25, 7.2),
        (2, 7, 7),
        (1, True, 1),
    ],
)
def test_number_output_keeps_ints_as_ints_and_rounds_like_gradio(
    precision: int | None, value: float, wire: float
) -> None:
    sent = gr.Number(precision=precision).postprocess(value)

    assert sent == wire
    assert type(sent) is type(wire)


@pytest.mark.parametrize(
    ("precision", "payload", "value"),
    [(None, 5, 5), (None, 5.0, 5.0), (None, 5.5, 5.5), (0, 5.5, 6), (0, 5.0, 5), (1, 5, 5)],
)
def test_number_input_keeps_the_type_it_was_sent_as_like_gradio(
    precision: int | None, payload: float, value: float
) -> None:
    received = gr.Number(precision=precision).preprocess(payload)

    assert received == value
    assert type(received) is type(value)


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
