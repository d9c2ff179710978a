"""gr.Checkbox in the browser: the server receives True/False and select data."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("checkbox_features"))
    expect(page.get_by_label("I agree")).to_be_visible()
    return page


def field(page: Page, elem_id: str) -> Locator:
    return page.locator(f"#{elem_id}").locator("textarea, input").first


def test_ticking_and_unticking_sends_a_bool(app: Page) -> None:
    box = app.get_by_label("I agree")
    box.check()
    expect(field(app, "out")).to_have_value("bool: True")
    expect(field(app, "events")).to_have_value("select 'I agree' True")
    box.uncheck()
    expect(field(app, "out")).to_have_value("bool: False")
    expect(field(app, "events")).to_have_value("select 'I agree' False")


def test_clicking_the_label_text_toggles_the_box(app: Page) -> None:
    app.get_by_text("I agree").click()
    expect(app.get_by_label("I agree")).to_be_checked()
    expect(field(app, "out")).to_have_value("bool: True")


def test_info_and_static_mode(app: Page) -> None:
    expect(app.locator("#agree")).to_contain_text("Required")
    locked = app.get_by_label("Locked")
    expect(locked).to_be_checked()
    expect(locked).to_be_disabled()
