"""gr.Label: confidences ranked and cut, plain labels, the payload back to Python."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest

import gradio as gr
from gradio.blocks.config import component_entry


def test_a_confidence_dict_becomes_the_top_label_and_ranked_confidences() -> None:
    wire = gr.Label().postprocess({"short": 0.2, "long": 0.8})

    assert wire == {
        "label": "long",
        "confidences": [
            {"label": "long", "confidence": 0.8},
            {"label": "short", "confidence": 0.2},
        ],
    }


def test_num_top_classes_cuts_the_list_but_keeps_the_overall_top_label() -> None:
    wire = gr.Label(num_top_classes=2).postprocess({"a": 1, "b": 0.5, "c": 0.2})

    assert wire == {
        "label": "a",
        "confidences": [{"label": "a", "confidence": 1.0}, {"label": "b", "confidence": 0.5}],
    }


def test_a_plain_string_or_number_is_sent_as_a_label_without_confidences() -> None:
    label = gr.Label()

    assert label.postprocess("cat") == {"label": "cat", "confidences": None}
    assert label.postprocess(3) == {"label": "3", "confidences": None}
    assert label.postprocess(0.5) == {"label": "0.5", "confidences": None}


def test_none_and_an_empty_dict_clear_the_label() -> None:
    assert gr.Label().postprocess(None) == {}
    assert gr.Label().postprocess({}) == {}
    assert gr.Label().value == {}


def test_numeric_class_names_stay_numbers_as_in_gradio() -> None:
    wire = gr.Label().postprocess({1: 0.5, 2: 0.7})

    assert wire["label"] == 2
    assert [c["label"] for c in wire["confidences"]] == [2, 1]


def test_a_json_file_in_the_wire_shape_is_shown_as_it_is(tmp_path: Path) -> None:
    data = {"label": "x", "confidences": [{"label": "x", "confidence": 0.3}]}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(data))

    assert gr.Label().postprocess(str(path)) == data


def test_a_json_file_of_confidences_is_ranked(tmp_path: Path) -> None:
    path = tmp_path / "scores.json"
    path.write_text(json.dumps({"a": 0.1, "b": 0.9}))

    assert gr.Label().postprocess(str(path))["label"] == "b"


def test_a_value_in_the_wire_shape_is_accepted_and_reranked() -> None:
    wire = gr.Label(num_top_classes=1).postprocess(gr.Label().example_payload())

    assert wire == {"label": "cat", "confidences": [{"label": "cat", "confidence": 0.9}]}


def test_a_list_is_refused_with_a_message_naming_what_label_accepts() -> None:
    with pytest.raises(ValueError, match="dict mapping labels to confidences; got list"):
        gr.Label().postprocess([1, 2])


def test_a_confidence_that_is_not_a_number_is_refused_naming_the_class() -> None:
    with pytest.raises(ValueError, match="'a' has 'high'"):
        gr.Label().postprocess({"a": "high"})


def test_preprocess_gives_the_confidence_dict_or_the_plain_label() -> None:
    label = gr.Label()

    assert label.preprocess(label.example_payload()) == {"cat": 0.9, "dog": 0.1}
    assert label.preprocess({"label": "x", "confidences": None}) == "x"
    assert label.preprocess({}) is None
    assert label.preprocess(None) is None


def test_preprocess_refuses_a_payload_that_is_not_label_data() -> None:
    with pytest.raises(ValueError, match="got str"):
        gr.Label().preprocess("cat")
    with pytest.raises(ValueError, match="list of"):
        gr.Label().preprocess({"label": "x", "confidences": "bad"})


def test_api_info_is_the_label_data_schema() -> None:
    info = gr.Label().api_info()

    assert info["title"] == "LabelData"
    assert set(info["properties"]) == {"label", "confidences"}
    assert info["$defs"]["LabelConfidence"]["properties"]["confidence"]["anyOf"] == [
        {"type": "number"},
        {"type": "null"},
    ]
    assert gr.Label().example_value() == {"cat": 0.9, "dog": 0.1}


def test_constructor_matches_gradio_6_31() -> None:
    parameters = inspect.signature(gr.Label.__init__).parameters
    defaults = {n: p.default for n, p in parameters.items() if n != "self"}

    assert list(defaults) == [
        "value", "num_top_classes", "label", "every", "inputs", "show_label", "container",
        "scale", "min_width", "visible", "elem_id", "elem_classes", "render", "key",
        "preserved_by_key", "color", "show_heading", "buttons",
    ]  # fmt: skip
    assert parameters["value"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert parameters["num_top_classes"].kind is inspect.Parameter.KEYWORD_ONLY
    assert defaults["min_width"] == 160
    assert defaults["show_heading"] is True
    assert list(gr.Label.EVENTS) == ["change", "select"]


def test_config_entry_matches_gradio_6_31() -> None:
    # Recorded from Gradio 6.31: gr.Label({"short": 0.2, "long": 0.8}, num_top_classes=1,
    # color="red", show_heading=False, label="x"), nulls left out as our config does.
    with gr.Blocks():
        label = gr.Label(
            {"short": 0.2, "long": 0.8},
            num_top_classes=1,
            color="red",
            show_heading=False,
            label="x",
        )

    assert component_entry(label)["props"] == {
        "value": {"label": "long", "confidences": [{"label": "long", "confidence": 0.8}]},
        "num_top_classes": 1,
        "label": "x",
        "show_label": True,
        "container": True,
        "min_width": 160,
        "visible": True,
        "elem_classes": [],
        "preserved_by_key": ["value"],
        "color": "red",
        "show_heading": False,
        "buttons": [],
        "name": "label",
        "_selectable": False,
    }


def test_a_select_listener_makes_the_classes_selectable() -> None:
    with gr.Blocks():
        label = gr.Label()
        label.select(lambda: None)

    assert component_entry(label)["props"]["_selectable"] is True


def test_interface_accepts_the_label_and_code_shortcuts() -> None:
    demo = gr.Interface(lambda code: {"ok": 1.0}, "code", "label")

    assert isinstance(demo.input_components[0], gr.Code)
    assert isinstance(demo.output_components[0], gr.Label)
