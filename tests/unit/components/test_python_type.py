"""`python_type` (shown by `view_api()`) is what Gradio's client derives from each schema.

`fixtures/gradio_client_2_7_2_python_types.json` holds the strings `gradio_client` 2.7.2
produced (in the side virtualenv) from these components' `api_info()` schemas.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import gradio as gr

EXPECTED: dict[str, str] = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "gradio_client_2_7_2_python_types.json").read_text()
)


def make(case: str) -> Any:
    factories: dict[str, Callable[[], Any]] = {
        "Textbox": lambda: gr.Textbox(),
        "Number": lambda: gr.Number(),
        "Number0": lambda: gr.Number(precision=0),
        "Slider": lambda: gr.Slider(),
        "Checkbox": lambda: gr.Checkbox(),
        "Dropdown": lambda: gr.Dropdown(["a", "b"]),
        "DropdownMulti": lambda: gr.Dropdown(["a", "b"], multiselect=True),
        "DropdownCustom": lambda: gr.Dropdown(["a"], allow_custom_value=True),
        "Radio": lambda: gr.Radio(["a", "b"]),
        "Image": lambda: gr.Image(),
        "Audio": lambda: gr.Audio(),
        "Video": lambda: gr.Video(),
        "File": lambda: gr.File(),
        "FileMulti": lambda: gr.File(file_count="multiple"),
        "Chatbot": lambda: gr.Chatbot(),
        "Markdown": lambda: gr.Markdown(),
        "JSON": lambda: gr.JSON(),
        "Timer": lambda: gr.Timer(),
        "Dataset": lambda: gr.Dataset(components=["text"], samples=[["x"]]),
        "MultimodalTextbox": lambda: gr.MultimodalTextbox(),
        "BrowserState": lambda: gr.BrowserState(),
        "Button": lambda: gr.Button(),
        "State": lambda: gr.State(),
    }
    return factories[case]()


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_python_type_matches_what_gradio_client_derives(case: str) -> None:
    assert make(case).python_type == EXPECTED[case]
