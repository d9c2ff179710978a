"""gr.Dropdown in the browser: single and multiple values, custom text, select and key_up."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("dropdown_features"))
    expect(combobox(page, "fruit")).to_be_visible()
    return page


def combobox(page: Page, elem_id: str) -> Locator:
    return page.locator(f"#{elem_id}").get_by_role("combobox")


def field(page: Page, elem_id: str) -> Locator:
    return page.locator(f"#{elem_id}").locator("textarea, input").first


def test_picking_an_option_sends_its_value(app: Page) -> None:
    expect(combobox(app, "fruit")).to_have_value("apple")
    combobox(app, "fruit").click()
    app.get_by_role("option", name="cherry").click()
    expect(field(app, "out")).to_have_value("str: 'cherry'")
    expect(field(app, "events")).to_have_value("select 2 'cherry' True")
    expect(combobox(app, "fruit")).to_have_value("cherry")


def test_a_tuple_choice_shows_its_label_and_sends_its_value(app: Page) -> None:
    combobox(app, "fruit").click()
    app.get_by_role("option", name="Blue berry").click()
    expect(combobox(app, "fruit")).to_have_value("Blue berry")
    expect(field(app, "out")).to_have_value("str: 'blueberry'")


def test_typing_filters_and_the_keyboard_picks(app: Page) -> None:
    box = combobox(app, "fruit")
    box.fill("ch")
    expect(app.get_by_role("option")).to_have_text(["cherry"])
    box.press("Enter")
    expect(field(app, "out")).to_have_value("str: 'cherry'")


def test_a_multiselect_sends_a_list_and_respects_max_choices(app: Page) -> None:
    box = combobox(app, "colours")
    box.click()
    app.get_by_role("option", name="blue").click()
    expect(field(app, "out")).to_have_value("list: ['red', 'blue']")
    expect(field(app, "events")).to_have_value("select 2 'blue' True")
    app.get_by_role("option", name="green").click()
    expect(app.locator("#colours").get_by_role("button", name="Remove green")).to_have_count(0)
    app.locator("#colours").get_by_role("button", name="Remove red").click()
    expect(field(app, "out")).to_have_value("list: ['blue']")
    expect(field(app, "events")).to_have_value("select 0 'red' False")


def test_a_custom_value_is_sent_as_typed(app: Page) -> None:
    box = combobox(app, "city")
    box.fill("Lisbon")
    box.press("Enter")
    expect(field(app, "out")).to_have_value("str: 'Lisbon'")


def test_key_up_reports_the_key_and_the_text_typed_so_far(app: Page) -> None:
    combobox(app, "city").click()
    combobox(app, "city").press_sequentially("Ro")
    expect(field(app, "events")).to_have_value("key_up 'o' 'Ro'")


def test_type_index_gives_the_server_the_position(app: Page) -> None:
    combobox(app, "number").click()
    app.get_by_role("option", name="3").click()
    expect(field(app, "out")).to_have_value("int: 2")


def test_label_info_and_static_mode(app: Page) -> None:
    expect(app.get_by_label("Fruit")).to_be_visible()
    expect(app.locator("#fruit")).to_contain_text("Pick or type")
    expect(combobox(app, "fixed")).to_be_disabled()
    expect(combobox(app, "fixed")).to_have_value("y")
