"""Raw HTML in chat messages and Markdown is rendered after sanitising, as on Gradio."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("raw_html"))
    expect(page.locator("#chat #bold")).to_be_visible()
    return page


@pytest.mark.parametrize("where", ["#chat", "#safe-md"])
def test_allowed_tags_render_as_elements(app: Page, where: str) -> None:
    block = app.locator(where)
    expect(block.locator("b#bold")).to_have_text("bold")
    expect(block.locator("span#red")).to_have_css("color", "rgb(255, 0, 0)")
    expect(block.locator("details#more")).to_contain_text("More")
    expect(block).not_to_contain_text("<b")


@pytest.mark.parametrize("where", ["#chat", "#safe-md"])
def test_scripts_handlers_and_javascript_links_are_removed(app: Page, where: str) -> None:
    block = app.locator(where)
    expect(block.locator("#evil")).to_have_count(1)
    assert block.locator("#evil").get_attribute("onerror") is None
    assert not (block.locator("#js-link").get_attribute("href") or "").startswith("javascript:")
    expect(block.locator("script")).to_have_count(0)
    assert app.evaluate("window.pwned") is None


def test_sanitize_html_false_keeps_the_html_as_written(app: Page) -> None:
    expect(app.locator("#raw-md b#kept")).to_have_attribute("onmouseover", "void 0")
