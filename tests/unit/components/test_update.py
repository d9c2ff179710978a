"""A block returned by a listener is an update of the props its constructor was given."""

from __future__ import annotations

import gradio as gr
from gradio.components.update import as_update


def test_a_returned_textbox_updates_only_the_props_it_was_given_with_value_last() -> None:
    update = as_update(gr.Textbox(lines=8, visible=True, value="Lorem ipsum", label="Long"))

    assert list(update.items()) == [
        ("lines", 8),
        ("visible", True),
        ("label", "Long"),
        ("value", "Lorem ipsum"),
        ("__type__", "update"),
    ]


def test_a_returned_dropdown_sends_its_choices_as_label_value_pairs() -> None:
    update = as_update(gr.Dropdown(choices=["Tokyo", "Osaka"], value="Tokyo", interactive=True))

    assert update == {
        "choices": [("Tokyo", "Tokyo"), ("Osaka", "Osaka")],
        "value": "Tokyo",
        "interactive": True,
        "__type__": "update",
    }


def test_a_returned_layout_is_an_update_too() -> None:
    assert as_update(gr.Column(visible=False)) == {"visible": False, "__type__": "update"}


def test_a_positional_value_counts_as_given() -> None:
    assert as_update(gr.Textbox("x")) == {"value": "x", "__type__": "update"}
