"""gr.JSON in the browser: values from Python are shown as a foldable tree."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from playwright.sync_api import BrowserContext, Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("json_features"))
    expect(page.locator("#static .line").first).to_be_visible()
    return page


def test_a_nested_value_is_laid_out_one_item_per_line(app: Page) -> None:
    static = app.locator("#static")
    expect(static).to_contain_text('"name": "radiogram"')
    expect(static).to_contain_text('"fast",')
    expect(static.locator(".line-number").first).to_have_text("1")


def test_deep_nodes_start_folded_unless_open_and_fold_on_click(app: Page) -> None:
    static = app.locator("#static")
    expect(static).to_contain_text('"b": {…} 1 item')
    expect(app.locator("#open")).to_contain_text('"c": 1')
    static.get_by_role("button", name="Expand").click()
    expect(static).to_contain_text('"c": 1')
    static.get_by_role("button", name="Collapse").first.click()
    expect(static.locator(".line")).to_have_count(1)


def test_a_function_result_is_shown_with_its_types(app: Page) -> None:
    app.locator("#text textarea").fill("hello big world")
    app.locator("#text textarea").press("Enter")
    result = app.locator("#result")
    expect(result).to_contain_text('"length": 15')
    expect(result).to_contain_text('"empty": false')
    expect(result.locator(".number")).to_have_text("15")


def test_the_copy_button_copies_the_value_as_json(app: Page, context: BrowserContext) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    app.locator("#static").get_by_role("button", name="Copy").click()
    copied = app.evaluate("() => navigator.clipboard.readText()")
    assert json.loads(copied)["tags"] == ["fast", "light"]
