"""`gr.HTML` and a custom HTML component built on it (the reference's StarRating)."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import gradio as gr
from gradio.blocks.blocks import Blocks
from gradio.components.html import HTML
from tests.unit.reference import MISSING, Param, component_signatures, events_per_component

REFERENCE_EVENTS = events_per_component()["HTML"]


class StarRating(HTML):
    """The reference's example, templates shortened."""

    def __init__(self, label: str, value: int = 0, **kwargs: Any) -> None:
        super().__init__(
            value=value,
            label=label,
            html_template="<h2>${label} rating:</h2>${'*'.repeat(value)}",
            css_template="img { height: 50px; }",
            js_on_load="element.onclick = () => { props.value = 5; };",
            **kwargs,
        )

    def api_info(self) -> dict[str, Any]:
        return {"type": "integer", "minimum": 0, "maximum": 5}


def component_entry(demo: Blocks, component: HTML) -> dict[str, Any]:
    entries: list[dict[str, Any]] = demo.get_config_file()["components"]
    return next(entry for entry in entries if entry["id"] == component.id)


def test_signature_matches_the_reference_names_order_and_defaults() -> None:
    parameters = list(inspect.signature(HTML.__init__).parameters.values())[1:]
    ours = [
        Param(p.name, MISSING if p.default is inspect.Parameter.empty else p.default)
        for p in parameters
    ]
    assert ours == component_signatures()["HTML"]
    assert parameters[-1].name == "props"
    assert parameters[-1].kind is inspect.Parameter.VAR_KEYWORD


def test_gr_html_is_this_class() -> None:
    assert gr.HTML is HTML


def test_plain_html_config_carries_the_templates_and_gradio_defaults() -> None:
    with Blocks() as demo:
        html = HTML("<b>hi</b>", elem_id="greeting")
    entry = component_entry(demo, html)
    assert entry["type"] == "html"
    props = entry["props"]
    assert props["value"] == "<b>hi</b>"
    assert props["html_template"] == "${value}"
    assert props["css_template"] == ""
    assert props["apply_default_css"] is True
    assert (props["show_label"], props["container"], props["padding"]) == (False, False, False)
    assert props["props"] == {}
    assert props["buttons"] == []
    assert (props["name"], props["component_class_name"]) == ("html", "HTML")
    assert entry["api_info"] == {"type": "string"}
    assert entry["example_inputs"] == "<p>Hello</p>"


def test_extra_keyword_arguments_become_template_props() -> None:
    with Blocks() as demo:
        html = HTML(["a", "b"], html_template="{{#each value}}{{this}}{{/each}}", color="red", n=3)
    assert component_entry(demo, html)["props"]["props"] == {"color": "red", "n": 3}


def test_a_subclass_sends_its_own_arguments_and_every_html_prop() -> None:
    with Blocks() as demo:
        food = StarRating(label="Food", value=3)
    props = component_entry(demo, food)["props"]
    assert (props["label"], props["value"]) == ("Food", 3)
    assert props["html_template"].startswith("<h2>${label} rating:</h2>")
    assert props["css_template"] == "img { height: 50px; }"
    assert "props.value = 5" in props["js_on_load"]
    assert (props["name"], props["component_class_name"]) == ("starrating", "StarRating")
    assert component_entry(demo, food)["type"] == "html"


def test_a_subclass_api_info_is_what_the_config_advertises() -> None:
    with Blocks() as demo:
        food = StarRating(label="Food")
    entry = component_entry(demo, food)
    schema = {"type": "integer", "minimum": 0, "maximum": 5}
    assert entry["api_info"] == entry["api_info_as_input"] == entry["api_info_as_output"] == schema


def test_values_pass_through_unchanged_both_ways() -> None:
    html = HTML(render=False)
    assert html.preprocess("<i>x</i>") == "<i>x</i>"
    assert html.postprocess(["any", {"json": 1}]) == ["any", {"json": 1}]
    assert StarRating("Food", render=False).preprocess(4) == 4


def test_a_function_value_is_called_for_the_initial_value() -> None:
    with Blocks() as demo:
        html = HTML(lambda: "<p>now</p>")
    assert component_entry(demo, html)["props"]["value"] == "<p>now</p>"


def test_a_script_tag_in_the_content_warns_that_it_will_not_run() -> None:
    with pytest.warns(UserWarning, match="js_on_load"):
        HTML(render=False).postprocess("<script>alert(1)</script>")
    with pytest.warns(UserWarning, match="<script>"):
        HTML(html_template="<script src='x.js'></script>", render=False)


def test_every_reference_event_is_a_real_listener_method() -> None:
    assert list(HTML.EVENTS) == REFERENCE_EVENTS
    for event in REFERENCE_EVENTS:
        assert event in vars(HTML), f"{event} is not declared on HTML"


def test_listeners_register_dependencies_targeting_the_component() -> None:
    with Blocks() as demo:
        html = HTML("x")
        out = HTML()
        html.click(lambda v: v, html, out)
        html.double_click(lambda v: v, html, out)
    targets = [dep["targets"] for dep in demo.get_config_file()["dependencies"]]
    assert targets == [[[html.id, "click"]], [[html.id, "double_click"]]]


def test_subclass_events_are_inherited() -> None:
    with Blocks() as demo:
        food = StarRating(label="Food")
        out = HTML()
        food.change(lambda v: str(v), food, out)
    [dependency] = demo.get_config_file()["dependencies"]
    assert dependency["targets"] == [[food.id, "change"]]


def test_select_and_like_listeners_switch_on_their_capabilities() -> None:
    with Blocks() as demo:
        html = HTML("x")
        html.select(lambda: None)
        html.like(lambda: None)
    props = component_entry(demo, html)["props"]
    assert (props["_selectable"], props["likeable"]) == (True, True)


def test_a_custom_event_named_in_js_on_load_can_be_listened_to() -> None:
    with Blocks() as demo:
        html = HTML("x", js_on_load="element.onclick = () => trigger('star_clicked', {n: 1});")
        html.star_clicked(lambda: None)
    [dependency] = demo.get_config_file()["dependencies"]
    assert dependency["targets"] == [[html.id, "star_clicked"]]


def test_an_event_not_named_in_js_on_load_is_a_clear_attribute_error() -> None:
    html = HTML("x", render=False)
    with pytest.raises(AttributeError, match="trigger\\('rated'\\)"):
        html.rated  # noqa: B018
    assert not hasattr(html, "rated")
