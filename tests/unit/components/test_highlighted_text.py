"""HighlightedText: spans or an entities dict out, token dicts in, as Gradio 6.31 does."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import gradio as gr
from gradio.blocks.config import component_entry

# Gradio 6.31's constructor, read with inspect.signature in the side virtualenv.
GRADIO_SIGNATURE = [
    ("value", None), ("color_map", None), ("show_legend", False),
    ("show_inline_category", True), ("combine_adjacent", False), ("adjacent_separator", ""),
    ("show_whitespaces", True), ("label", None), ("every", None), ("inputs", None),
    ("show_label", None), ("container", True), ("scale", None), ("min_width", 160),
    ("visible", True), ("elem_id", None), ("elem_classes", None), ("render", True),
    ("key", None), ("preserved_by_key", "value"), ("interactive", None), ("rtl", False),
    ("buttons", None),
]  # fmt: skip


def tokens(*pairs: tuple[str, Any]) -> list[dict[str, Any]]:
    return [{"token": text, "class_or_confidence": category} for text, category in pairs]


def test_constructor_matches_gradio_and_everything_after_value_is_keyword_only() -> None:
    params = list(inspect.signature(gr.HighlightedText.__init__).parameters.values())[1:]

    assert [(p.name, p.default) for p in params] == GRADIO_SIGNATURE
    assert all(p.kind is p.KEYWORD_ONLY for p in params[1:])


def test_events_are_change_and_select() -> None:
    assert set(gr.HighlightedText.EVENTS) == {"change", "select"}


def test_defaults_send_no_value_and_gradio_s_props() -> None:
    with gr.Blocks():
        text = gr.HighlightedText()

    props = component_entry(text)["props"]
    assert text.value is None
    assert props["show_legend"] is False
    assert props["show_inline_category"] is True
    assert props["combine_adjacent"] is False
    assert props["adjacent_separator"] == ""
    assert props["show_whitespaces"] is True
    assert props["rtl"] is False
    assert props["name"] == "highlightedtext"


def test_a_select_listener_makes_the_spans_selectable() -> None:
    with gr.Blocks():
        text = gr.HighlightedText()
        text.select(lambda: None, None, None)

    assert component_entry(text)["props"]["_selectable"] is True


def test_text_category_pairs_become_tokens_and_integer_scores_floats() -> None:
    text = gr.HighlightedText()

    assert text.postprocess([("Ann", "PER"), (" met ", None), ("Bo", "PER")]) == tokens(
        ("Ann", "PER"), (" met ", None), ("Bo", "PER")
    )
    scored = text.postprocess([("good", 1), ("bad", -0.5)])
    assert scored == tokens(("good", 1.0), ("bad", -0.5))
    assert isinstance(scored[0]["class_or_confidence"], float)
    assert text.postprocess(None) is None


def test_an_entities_dict_is_cut_at_each_entity_in_order_of_start() -> None:
    value = {
        "text": "Ann met Bo in Rome",
        "entities": [
            {"entity": "LOC", "start": 14, "end": 18},
            {"entity_group": "PER", "start": 0, "end": 3},
        ],
    }

    assert gr.HighlightedText().postprocess(value) == tokens(
        ("", None), ("Ann", "PER"), (" met Bo in ", None), ("Rome", "LOC"), ("", None)
    )


def test_an_entities_dict_without_entities_is_one_plain_span() -> None:
    value = {"text": "nothing here", "entities": []}

    assert gr.HighlightedText().postprocess(value) == tokens(("nothing here", None))


def test_combine_adjacent_merges_same_category_neighbours_and_drops_empty_spans() -> None:
    text = gr.HighlightedText(combine_adjacent=True, adjacent_separator=" ")

    merged = text.postprocess([("a", "X"), ("b", "X"), ("c", None), ("", None), ("d", None)])

    assert merged == tokens(("a b", "X"), ("c d", None))


def test_combine_adjacent_applies_to_an_entities_dict_too() -> None:
    text = gr.HighlightedText(combine_adjacent=True)
    value = {
        "text": "New York",
        "entities": [
            {"entity": "LOC", "start": 0, "end": 3},
            {"entity": "LOC", "start": 3, "end": 8},
        ],
    }

    assert text.postprocess(value) == tokens(("New York", "LOC"))


def test_show_whitespaces_false_strips_each_token() -> None:
    text = gr.HighlightedText(show_whitespaces=False)

    assert text.postprocess([(" a ", 0.5), ("\tb\n", None)]) == tokens(("a", 0.5), ("b", None))


def test_the_initial_value_is_postprocessed() -> None:
    assert gr.HighlightedText([("x", "A")]).value == tokens(("x", "A"))


def test_preprocess_hands_the_function_token_dicts_as_gradio_does() -> None:
    payload = [{"token": "Ann", "class_or_confidence": "PER"}, {"token": " met"}]

    assert gr.HighlightedText().preprocess(payload) == tokens(("Ann", "PER"), (" met", None))
    assert gr.HighlightedText().preprocess(None) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("just text", "list of \\(text, category or score\\) tuples"),
        ([("only text",)], "each span to be a \\(text, category or score\\) pair"),
        ([("a", ["list"])], "category to be a string, a number or None"),
        ({"text": "x"}, "keys 'text' and 'entities'"),
        ({"text": "x", "entities": [{"entity": "A"}]}, "'start', 'end'"),
    ],
)
def test_a_malformed_value_is_refused_with_a_clear_message(value: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        gr.HighlightedText().postprocess(value)


@pytest.mark.parametrize("payload", ["text", [["a", "b"]], [{"token": 1}]])
def test_a_malformed_payload_is_refused(payload: Any) -> None:
    with pytest.raises(ValueError, match="HighlightedText expects"):
        gr.HighlightedText().preprocess(payload)


def test_api_info_and_examples_are_gradio_s() -> None:
    text = gr.HighlightedText()

    info = text.api_info()
    assert info["title"] == "HighlightedTextData"
    assert info["items"] == {"$ref": "#/$defs/HighlightedToken"}
    assert info["$defs"]["HighlightedToken"]["required"] == ["token"]
    assert text.python_type == "list[dict(token: str, class_or_confidence: str | float | None)]"
    assert text.example_payload() == tokens(("The", None), ("quick", "adj"))
    assert text.example_value() == [
        ("The", None),
        ("quick", "adj"),
        ("brown", "adj"),
        ("fox", "noun"),
    ]


def test_the_interface_shortcut_builds_one() -> None:
    demo = gr.Interface(lambda s: [(s, "X")], "text", "highlightedtext")

    assert isinstance(demo.output_components[0], gr.HighlightedText)
