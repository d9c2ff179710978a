"""CheckboxGroup: a list of ticked values (or their indices), refused when not a choice."""

from __future__ import annotations

import inspect

import pytest

import gradio as gr
from gradio.blocks.config import component_entry
from gradio.exceptions import Error

# Gradio 6.31's constructor, read with inspect.signature in the side virtualenv.
GRADIO_SIGNATURE = [
    ("choices", None), ("value", None), ("type", "value"), ("label", None), ("info", None),
    ("every", None), ("inputs", None), ("show_label", None), ("show_select_all", False),
    ("container", True), ("scale", None), ("min_width", 160), ("interactive", None),
    ("visible", True), ("elem_id", None), ("elem_classes", None), ("render", True),
    ("key", None), ("preserved_by_key", "value"), ("buttons", None),
]  # fmt: skip


def test_constructor_matches_gradio_and_everything_after_choices_is_keyword_only() -> None:
    params = list(inspect.signature(gr.CheckboxGroup.__init__).parameters.values())[1:]

    assert [(p.name, p.default) for p in params] == GRADIO_SIGNATURE
    assert [p.name for p in params if p.kind is p.KEYWORD_ONLY] == [
        n for n, _ in GRADIO_SIGNATURE[1:]
    ]


def test_events_are_change_input_and_select() -> None:
    assert {"change", "input", "select"} <= set(gr.CheckboxGroup.EVENTS)


def test_nothing_is_ticked_by_default() -> None:
    group = gr.CheckboxGroup(["a", "b"])

    assert group.value == []
    assert group.type == "value"


def test_one_value_alone_means_a_list_of_it() -> None:
    assert gr.CheckboxGroup(["a", "b"], value="b").value == ["b"]
    assert gr.CheckboxGroup(["a", "b"], value=("a", "b")).value == ["a", "b"]


def test_postprocess_turns_none_into_an_empty_list() -> None:
    group = gr.CheckboxGroup(["a", "b"])

    assert group.postprocess(None) == []
    assert group.postprocess(["b", "a"]) == ["b", "a"]


def test_type_value_passes_the_ticked_values_in_the_order_sent() -> None:
    group = gr.CheckboxGroup(["a", "b", "c"])

    assert group.preprocess(["c", "a"]) == ["c", "a"]
    assert group.preprocess([]) == []


def test_type_index_passes_the_positions() -> None:
    group = gr.CheckboxGroup([("Small", 1), ("Large", 3)], type="index")

    assert group.preprocess([3, 1]) == [1, 0]


def test_a_value_outside_the_choices_is_refused_with_gradio_s_message() -> None:
    group = gr.CheckboxGroup(["a", "b"], type="index")

    with pytest.raises(Error) as caught:
        group.preprocess(["a", "z"])

    assert str(caught.value) == (
        "Value: 'z' (type: <class 'str'>) is not in the list of choices: ['a', 'b']"
    )


def test_a_payload_that_is_not_a_list_is_refused() -> None:
    with pytest.raises(Error, match="CheckboxGroup expects a list of values, got 'ab'"):
        gr.CheckboxGroup(["a", "b"]).preprocess("ab")


def test_a_missing_payload_is_an_empty_list() -> None:
    assert gr.CheckboxGroup(["a"]).preprocess(None) == []


def test_an_unknown_type_is_refused() -> None:
    with pytest.raises(ValueError, match=r"CheckboxGroup: invalid `type`"):
        gr.CheckboxGroup(["a"], type="label")  # type: ignore[arg-type]


def test_api_info_lists_the_choice_values_as_gradio_does() -> None:
    group = gr.CheckboxGroup([("One", 1), ("Two", 2)])

    assert group.api_info() == {
        "items": {"enum": [1, 2], "type": "string"},
        "title": "Checkbox Group",
        "type": "array",
    }


def test_example_is_the_first_choice_in_a_list() -> None:
    assert gr.CheckboxGroup(["x", "y"]).example_payload() == ["x"]
    assert gr.CheckboxGroup().example_payload() is None


def test_config_entry_is_the_one_gradio_sends() -> None:
    with gr.Blocks():
        group = gr.CheckboxGroup(["a", "b", "c"], value=["a"], label="group")

    assert component_entry(group)["props"] == {
        "choices": [["a", "a"], ["b", "b"], ["c", "c"]],
        "value": ["a"],
        "type": "value",
        "label": "group",
        "show_label": True,
        "show_select_all": False,
        "container": True,
        "min_width": 160,
        "visible": True,
        "elem_classes": [],
        "preserved_by_key": ["value"],
        "buttons": [],
        "name": "checkboxgroup",
        "_selectable": False,
    }


def test_a_select_listener_makes_it_selectable() -> None:
    with gr.Blocks():
        group = gr.CheckboxGroup(["a"])
        group.select(lambda: None)

    assert component_entry(group)["props"]["_selectable"] is True


def test_python_type_quotes_numeric_choices_as_gradio_client_does() -> None:
    # gradio_client 2.7.2 turns {"enum": [1, 3]} into Literal['1', '3'] (str, not repr)
    group = gr.CheckboxGroup([("Small", 1), ("Large", 3)])

    assert group.python_type == "list[Literal['1', '3']]"
