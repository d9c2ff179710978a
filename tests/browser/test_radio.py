"""gr.Radio in the browser: the server receives the picked value (or index) and select data."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("radio_features"))
    expect(page.get_by_label("vanilla")).to_be_visible()
    return page


def field(page: Page, elem_id: str) -> Locator:
    return page.locator(f"#{elem_id}").locator("textarea, input").first


def test_picking_a_choice_sends_its_value_and_select_data(app: Page) -> None:
    app.get_by_label("chocolate").check()
    expect(field(app, "out")).to_have_value("str: 'chocolate'")
    expect(field(app, "events")).to_have_value("select 1 'chocolate'")
    expect(app.get_by_test_id("chocolate-radio-label")).to_have_class(re.compile(r"\bselected\b"))


def test_tuple_choices_show_the_label_and_send_the_value(app: Page) -> None:
    expect(app.get_by_label("Small")).to_be_checked()
    app.get_by_label("Large").check()
    expect(field(app, "out")).to_have_value("int: 3")


def test_type_index_gives_the_server_the_position(app: Page) -> None:
    app.get_by_label("two").check()
    expect(field(app, "out")).to_have_value("int: 2")


def test_label_info_and_static_mode(app: Page) -> None:
    flavour = app.locator("#flavour")
    expect(flavour).to_contain_text("Flavour")
    expect(flavour).to_contain_text("Pick one")
    expect(app.get_by_label("on", exact=True)).to_be_checked()
    expect(app.get_by_label("off", exact=True)).to_be_disabled()
