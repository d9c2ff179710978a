"""gr.Button in the browser: every variant renders, clicks run the function on the server."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("button_features"))
    expect(page.locator("button#primary")).to_be_visible()
    return page


def field(page: Page, elem_id: str) -> Locator:
    return page.locator(f"#{elem_id}").locator("textarea, input").first


def test_each_click_runs_the_function_once(app: Page) -> None:
    app.get_by_role("button", name="Go").click()
    expect(field(app, "clicks")).to_have_value("1")
    app.get_by_role("button", name="Go").click()
    expect(field(app, "clicks")).to_have_value("2")


def test_variants_and_sizes_are_drawn_differently(app: Page) -> None:
    expect(app.locator("#primary")).to_have_class(re.compile(r"\blg primary\b"))
    expect(app.locator("#stop")).to_have_class(re.compile(r"\bsm stop\b"))
    expect(app.locator("#hf")).to_have_class(re.compile(r"\bmd huggingface\b"))
    backgrounds = {
        elem_id: app.locator(f"#{elem_id}").evaluate("e => getComputedStyle(e).backgroundColor")
        for elem_id in ("primary", "secondary", "stop", "hf")
    }
    assert len(set(backgrounds.values())) == 4, backgrounds
    height = "e => e.getBoundingClientRect().height"
    assert app.locator("#stop").evaluate(height) < app.locator("#primary").evaluate(height)


def test_other_variants_fire_their_own_click(app: Page) -> None:
    app.get_by_role("button", name="Stop").click()
    expect(field(app, "last")).to_have_value("clicked Stop")
    app.get_by_role("button", name="Hub").click()
    expect(field(app, "last")).to_have_value("clicked Hub")


def test_a_link_button_points_at_its_url_in_a_new_tab(app: Page) -> None:
    docs = app.get_by_role("link", name="Docs")
    expect(docs).to_have_attribute("href", "https://www.gradio.app")
    expect(docs).to_have_attribute("target", "_blank")
    expect(docs).to_have_attribute("rel", "noopener noreferrer")


def test_a_disabled_button_cannot_be_clicked_and_a_hidden_one_is_not_shown(app: Page) -> None:
    expect(app.get_by_role("button", name="Off")).to_be_disabled()
    app.get_by_role("button", name="Off").click(force=True)
    app.get_by_role("button", name="Maybe").click()
    expect(field(app, "last")).to_have_value("clicked Maybe")
    expect(app.locator("#ghost")).to_be_hidden()
