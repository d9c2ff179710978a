"""`gr.TabbedInterface`: apps side by side in tabs, the same config as Gradio 6.31 builds.

The fixtures were recorded by running the same app code under Gradio 6.31 (side
virtualenv) and saving `demo.config`.
"""

from __future__ import annotations

from typing import Any

import gradio as gr
from tests.unit.captures import differences, load_fixture, normalized

BUILT_KEYS = ("mode", "title", "fill_height", "components", "dependencies", "layout", "page")


def built(config: dict[str, Any]) -> dict[str, Any]:
    shifted = normalized(config)
    return {key: shifted[key] for key in BUILT_KEYS}


def greet(name: str) -> str:
    return "Hello " + name


def reverse(text: str) -> str:
    return text[::-1]


def test_two_interfaces_in_named_tabs_under_a_title() -> None:
    hello = gr.Interface(greet, "text", "text")
    backwards = gr.Interface(reverse, "text", "text", title="Backwards")

    demo = gr.TabbedInterface([hello, backwards], ["Hello", "Reverse"], title="Two tools")

    recorded = load_fixture("gradio_6_31_tabbed_interface")
    assert differences(built(demo.config), built(recorded)) == []
    assert demo.config["title"] == "Two tools"


def test_untitled_tabs_are_numbered_from_zero_and_take_blocks_apps_too() -> None:
    with gr.Blocks() as plain:
        gr.Textbox("inside")

    demo = gr.TabbedInterface([gr.Interface(greet, "text", "text"), plain])

    recorded = load_fixture("gradio_6_31_tabbed_interface_untitled")
    assert differences(built(demo.config), built(recorded)) == []
    labels = [c["props"]["label"] for c in demo.config["components"] if c["type"] == "tabitem"]
    assert labels == ["Tab 0", "Tab 1"]


def test_the_tabbed_app_runs_each_interface_s_function() -> None:
    demo = gr.TabbedInterface(
        [gr.Interface(greet, "text", "text"), gr.Interface(reverse, "text", "text")]
    )

    names = [fn.api_name for fn in demo.fns if fn.api_visibility == "public"]
    assert names == ["greet", "reverse"]
    assert [fn.fn("ab") for fn in demo.fns if fn.api_visibility == "public"] == [  # type: ignore[misc]
        "Hello ab",
        "ba",
    ]
