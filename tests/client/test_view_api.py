"""`view_api()` text and dict forms, compared with what gradio_client 2.7.2 produced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gradio_client.view_api import clean_name, public_info, render_info

CAPTURES = Path(__file__).resolve().parents[1] / "fixtures" / "captures"


@pytest.mark.parametrize("app", ["d_media", "e_chat"])
def test_the_dict_form_is_the_info_without_snippets_or_visibility(app: str) -> None:
    info = json.loads((CAPTURES / f"{app}.info.json").read_text())
    expected = json.loads((CAPTURES / f"{app}.client_view_api_dict.json").read_text())

    assert public_info(info) == expected


@pytest.mark.parametrize("app", ["b_blocks", "d_media", "e_chat"])
def test_the_printed_usage_matches_gradio_client_character_for_character(app: str) -> None:
    info = json.loads((CAPTURES / f"{app}.client_view_api_dict.json").read_text())
    printed = (CAPTURES / f"{app}.client_view_api.txt").read_text()

    assert render_info(info) + "\n" == printed


def test_private_endpoints_are_not_shown() -> None:
    info = {
        "named_endpoints": {
            "/open": {"parameters": [], "returns": [], "api_visibility": "public"},
            "/hidden": {"parameters": [], "returns": [], "api_visibility": "private"},
        },
        "unnamed_endpoints": {},
    }

    assert list(public_info(info)["named_endpoints"]) == ["/open"]


def test_an_app_without_named_endpoints_lists_the_unnamed_ones() -> None:
    text = render_info({"named_endpoints": {}, "unnamed_endpoints": {}})

    assert "Named API endpoints: 0\n" in text
    assert "Unnamed API endpoints: 0\n" in text


def test_labels_become_readable_parameter_names() -> None:
    assert clean_name("Input Image (RGB)") == "input_image_rgb"
