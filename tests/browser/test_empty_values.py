"""Untouched inputs reach the function as on Gradio: an empty Textbox is `""`, not None."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("empty_values"))
    expect(page.get_by_label("Count")).to_be_visible()
    return page


def test_untouched_textboxes_send_empty_strings_and_a_number_sends_zero(app: Page) -> None:
    with app.expect_request("**/queue/join*") as join:
        app.get_by_role("button", name="Send").click()
    sent = join.value.post_data_json
    assert isinstance(sent, dict)
    assert sent["data"] == ["", "", 0, None]
    expect(app.get_by_label("Received")).to_have_value("'' '' 0 None")


def test_an_untouched_number_shows_zero(app: Page) -> None:
    expect(app.get_by_label("Count")).to_have_value("0")


def test_a_textbox_cleared_by_an_event_sends_an_empty_string_and_a_number_none(
    app: Page,
) -> None:
    app.get_by_label("Text").fill("typed")
    app.get_by_role("button", name="Clear").click()
    expect(app.get_by_label("Count")).to_have_value("")
    app.get_by_role("button", name="Send").click()
    expect(app.get_by_label("Received")).to_have_value("'' '' None None")
