"""Configs of small apps match the ones Gradio 6.31 produced for the same code.

The `fixtures/gradio_6_31_*.config.json` files were recorded by running the very app
code below under Gradio 6.31 in the side virtualenv and saving `demo.config`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import gradio as gr
from tests.unit.captures import differences, load_fixture, normalized

# Recorded without `launch()`, so the top-level values that launch sets (theme, footer
# links, show_error, ...) differ; the captures of launched apps cover those.
BUILT_KEYS = ("mode", "title", "components", "dependencies", "layout", "page")


def built(config: dict[str, Any]) -> dict[str, Any]:
    shifted = normalized(config)
    return {key: shifted[key] for key in BUILT_KEYS}


def greet(name: str) -> str:
    return "Hello " + name


def test_interface_with_examples() -> None:
    demo = gr.Interface(greet, "text", "text", examples=[["a"], ["b"]])

    assert (
        differences(built(demo.config), built(load_fixture("gradio_6_31_interface_examples"))) == []
    )


def test_blocks_with_examples_for_two_inputs() -> None:
    with gr.Blocks() as demo:
        text = gr.Textbox()
        number = gr.Number()
        gr.Examples([["x", 1], ["y", 2]], [text, number])

    assert differences(built(demo.config), built(load_fixture("gradio_6_31_blocks_examples"))) == []


def test_interface_with_title_description_article_and_no_flagging() -> None:
    demo = gr.Interface(
        greet,
        ["text", "number"],
        ["text", "json"],
        title="My app",
        description="Says *hello*",
        article="The end",
        flagging_mode="never",
    )

    assert (
        differences(built(demo.config), built(load_fixture("gradio_6_31_interface_titled"))) == []
    )


def test_tabs_accordion_sidebar_group_and_nested_rows() -> None:
    with gr.Blocks() as demo:
        with gr.Tab("one"), gr.Accordion("acc"):
            gr.Textbox()
        with gr.Tab("two"), gr.Row():
            with gr.Column(scale=2):
                gr.Slider()
            gr.Button()
        with gr.Sidebar():
            gr.Markdown("side")
        with gr.Group():
            gr.Checkbox()
            gr.Radio(["a"])

    assert differences(built(demo.config), built(load_fixture("gradio_6_31_layouts"))) == []


def now() -> str:
    return "x"


def test_function_values_get_load_and_timer_listeners_and_an_interface_is_spliced_in() -> None:
    with gr.Blocks() as demo:
        gr.Textbox(now)
        gr.Number(lambda: 1, every=2)
        gr.Interface(lambda s: s, "text", "text")

    recorded = load_fixture("gradio_6_31_value_functions_and_nested_interface")
    assert differences(built(demo.config), built(recorded)) == []


def test_live_interface_listens_to_changes_without_a_submit_button() -> None:
    demo = gr.Interface(lambda x, y: x * y, ["number", "slider"], "number", live=True)

    assert differences(built(demo.config), built(load_fixture("gradio_6_31_interface_live"))) == []


def count(n: float) -> Iterator[int]:
    yield from range(int(n))


def test_generator_interface_swaps_submit_for_a_stop_button_that_cancels() -> None:
    demo = gr.Interface(count, "number", "number")

    recorded = load_fixture("gradio_6_31_interface_generator")
    assert differences(built(demo.config), built(recorded)) == []


def test_generator_interface_buttons_swap_while_running_and_back_after() -> None:
    demo = gr.Interface(count, "number", "number")
    show_stop, cleanup = demo.fns[0].fn, demo.fns[2].fn
    assert show_stop is not None and cleanup is not None

    assert [u["visible"] for u in show_stop()] == [False, True]
    assert [u["visible"] for u in cleanup()] == [True, False]


def test_an_interface_built_alone_can_be_rendered_inside_a_tab() -> None:
    iface = gr.Interface(greet, "text", "text")
    with gr.Blocks() as demo:
        gr.Button("before").click(lambda: None)
        with gr.Tab("greeter"):
            iface.render()

    deps = demo.config["dependencies"]
    assert [d["id"] for d in deps] == list(range(len(deps)))
    assert deps[1]["api_name"] == "greet"
    assert deps[1]["targets"][1] == [iface.input_components[0].id, "submit"]
    tab = next(c for c in demo.config["components"] if c["type"] == "tabitem")
    tab_node = find(demo.config["layout"], tab["id"])
    assert tab_node is not None
    inside = {c["type"] for c in demo.config["components"] if find(tab_node, c["id"])}
    assert {"row", "column", "textbox", "button", "form"} <= inside
    assert {c["id"] for c in demo.config["components"]} >= {c.id for c in iface.input_components}


def find(node: dict[str, Any], block_id: int) -> dict[str, Any] | None:
    if node["id"] == block_id:
        return node
    for child in node.get("children", []):
        found = find(child, block_id)
        if found is not None:
            return found
    return None


def test_interface_additional_inputs_are_rendered_in_a_closed_accordion() -> None:
    demo = gr.Interface(lambda text, n: text * int(n), "text", "text", additional_inputs=["number"])

    accordion = next(c for c in demo.config["components"] if c["type"] == "accordion")
    accordion_node = find(demo.config["layout"], accordion["id"])
    number = next(c for c in demo.config["components"] if c["type"] == "number")

    assert accordion["props"]["open"] is False
    assert accordion_node is not None and find(accordion_node, number["id"]) is not None
    assert demo.config["dependencies"][0]["inputs"][1] == number["id"]
