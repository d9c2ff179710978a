"""Each component's config entry matches what Gradio 6.31 sends for the same constructor call.

`fixtures/gradio_6_31_component_entries.json` was recorded by running the constructor
calls it lists under Gradio 6.31 (in the side virtualenv) and keeping each config entry
without its per-machine `component_class_id`. `time_to_live: null` is how the wire
carries State's default (Gradio serialises its internal infinity as null).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import gradio as gr
from gradio.blocks.config import component_entry
from tests.unit.captures import differences

OBSERVED: dict[str, Any] = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "gradio_6_31_component_entries.json").read_text()
)


@pytest.mark.parametrize("case", sorted(OBSERVED))
def test_config_entry_matches_gradio(case: str) -> None:
    class_name, kwargs = OBSERVED[case]["constructor"]
    with gr.Blocks():
        if class_name == "Tab":
            with gr.Tabs():
                block = gr.Tab(**kwargs)
        else:
            block = getattr(gr, class_name)(**kwargs)

    entry = component_entry(block)
    entry.pop("id")
    entry.pop("component_class_id")
    if "delete_callback" in entry["props"]:
        entry["props"]["delete_callback"] = "<function>"

    assert differences(entry, OBSERVED[case]["entry"]) == []


def test_component_class_id_is_shared_by_instances_and_differs_between_classes() -> None:
    with gr.Blocks():
        first, second, button = gr.Textbox(), gr.Textbox(), gr.Button()

    assert (
        component_entry(first)["component_class_id"]
        == component_entry(second)["component_class_id"]
    )
    assert (
        component_entry(first)["component_class_id"]
        != component_entry(button)["component_class_id"]
    )
    assert len(component_entry(first)["component_class_id"]) == 64


def test_show_label_without_a_container_warns_and_hides_the_label_as_gradio_does() -> None:
    with pytest.warns(UserWarning, match="show_label has no effect when container is False"):
        html = gr.HTML("<b>hi</b>", label="Note", show_label=True, container=False)
    quiet = gr.Textbox(container=False)

    assert html.get_config()["show_label"] is False
    assert quiet.get_config()["show_label"] is False
    assert gr.Textbox().get_config()["show_label"] is True
