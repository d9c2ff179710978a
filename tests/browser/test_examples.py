"""gr.Examples in the browser: a click on a row fills the inputs; the function sees them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("examples_features"))
    expect(page.get_by_role("gridcell", name="Grace")).to_be_visible()
    return page


def field(page: Page, elem_id: str) -> Locator:
    return page.locator(f"#{elem_id}").locator("textarea, input").first


def test_the_examples_table_shows_headers_and_every_sample(app: Page) -> None:
    expect(app.get_by_role("columnheader")).to_have_text(["Name", "Count"])
    expect(app.locator("tbody tr")).to_have_count(3)


def test_clicking_an_example_fills_the_inputs_and_the_function_receives_them(app: Page) -> None:
    app.get_by_role("gridcell", name="Grace").click()
    expect(field(app, "name")).to_have_value("Grace")
    expect(field(app, "count")).to_have_value("2")
    app.get_by_role("button", name="Go").click()
    # As Gradio 6.31: a Number without precision passes an int on as an int.
    expect(field(app, "out")).to_have_value("str: 'Grace', int: 2")


def test_a_later_click_replaces_the_values(app: Page) -> None:
    app.get_by_role("gridcell", name="Ada").click()
    expect(field(app, "name")).to_have_value("Ada")
    app.get_by_role("gridcell", name="3").click()
    expect(field(app, "name")).to_have_value("Linus")
    expect(field(app, "count")).to_have_value("3")
