"""ColorPicker: a colour string in and out; anything but a string is refused."""

from __future__ import annotations

import inspect

import pytest

import gradio as gr
from gradio.blocks.config import component_entry
from gradio.exceptions import Error

# Gradio 6.31's constructor, read with inspect.signature in the side virtualenv.
GRADIO_SIGNATURE = [
    ("value", None), ("label", None), ("info", None), ("every", None), ("inputs", None),
    ("show_label", None), ("container", True), ("scale", None), ("min_width", 160),
    ("interactive", None), ("visible", True), ("elem_id", None), ("elem_classes", None),
    ("render", True), ("key", None), ("preserved_by_key", "value"),
]  # fmt: skip


def test_constructor_matches_gradio_and_everything_after_value_is_keyword_only() -> None:
    params = list(inspect.signature(gr.ColorPicker.__init__).parameters.values())[1:]

    assert [(p.name, p.default) for p in params] == GRADIO_SIGNATURE
    assert [p.name for p in params if p.kind is p.KEYWORD_ONLY] == [
        name for name, _ in GRADIO_SIGNATURE[1:]
    ]


def test_events_are_gradio_s() -> None:
    assert set(gr.ColorPicker.EVENTS) == {"change", "input", "release", "submit", "focus", "blur"}


def test_no_colour_by_default() -> None:
    assert gr.ColorPicker().value is None


def test_the_colour_string_passes_through_both_ways() -> None:
    picker = gr.ColorPicker("#ff0000")

    assert picker.value == "#ff0000"
    assert picker.preprocess("#0a141e") == "#0a141e"
    assert picker.postprocess("red") == "red"
    assert picker.preprocess(None) is None
    assert picker.postprocess(None) is None


def test_a_returned_value_that_is_not_a_string_is_sent_as_one_as_gradio_does() -> None:
    assert gr.ColorPicker().postprocess(123) == "123"


@pytest.mark.parametrize("payload", [123, ["#ff0000"], {"hex": "#ff0000"}, True])
def test_a_payload_that_is_not_a_string_is_refused(payload: object) -> None:
    with pytest.raises(Error, match="ColorPicker expects a colour string such as '#ff0000'"):
        gr.ColorPicker().preprocess(payload)


def test_api_info_and_example_are_gradio_s() -> None:
    picker = gr.ColorPicker()

    assert picker.api_info() == {"type": "string"}
    assert picker.example_payload() == "#000000"
    assert picker.python_type == "str"


def test_config_entry_is_the_one_gradio_sends() -> None:
    with gr.Blocks():
        picker = gr.ColorPicker(value="#ff0000", label="color")

    entry = component_entry(picker)
    assert entry["type"] == "colorpicker"
    assert entry["props"] == {
        "value": "#ff0000",
        "label": "color",
        "show_label": True,
        "container": True,
        "min_width": 160,
        "visible": True,
        "elem_classes": [],
        "preserved_by_key": ["value"],
        "name": "colorpicker",
        "_selectable": False,
    }


def test_it_is_not_wrapped_in_a_form_as_gradio_does_not() -> None:
    with gr.Blocks() as demo:
        gr.Textbox()
        picker = gr.ColorPicker()

    assert picker.parent is demo
