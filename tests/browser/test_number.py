"""gr.Number in the browser: the server receives a float (or an int with precision=0)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("number_features"))
    expect(field(page, "amount")).to_be_visible()
    return page


def field(page: Page, elem_id: str) -> Locator:
    return page.locator(f"#{elem_id}").locator("textarea, input").first


def test_enter_submits_the_number_as_a_float(app: Page) -> None:
    field(app, "amount").fill("3.25")
    field(app, "amount").press("Enter")
    expect(field(app, "out")).to_have_value("float: 3.25")


def test_precision_zero_gives_the_server_an_int(app: Page) -> None:
    field(app, "count").press_sequentially("7")
    expect(field(app, "out")).to_have_value("int: 7")


def test_arrow_keys_step_by_the_configured_step(app: Page) -> None:
    ratio = field(app, "ratio")
    expect(ratio).to_have_attribute("step", "0.1")
    ratio.press("ArrowUp")
    expect(field(app, "out")).to_have_value("float: 0.6")


def test_bounds_are_set_on_the_input(app: Page) -> None:
    count = field(app, "count")
    expect(count).to_have_attribute("min", "0")
    expect(count).to_have_attribute("max", "10")


def test_focus_and_blur_reach_the_server(app: Page) -> None:
    field(app, "amount").focus()
    expect(field(app, "events")).to_have_value("focus")
    field(app, "ratio").focus()
    expect(field(app, "events")).to_have_value("blur")


def test_a_static_number_shows_its_value_read_only_with_label_and_info(app: Page) -> None:
    expect(field(app, "answer")).to_have_value("42")
    expect(field(app, "answer")).to_be_disabled()
    expect(app.get_by_label("Amount")).to_be_visible()
    expect(app.locator("#amount")).to_contain_text("Any number")
