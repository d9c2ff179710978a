"""gr.HTML in the browser: templates, scoped CSS, js_on_load, updates from Python, errors."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.console = console  # type: ignore[attr-defined]
    page.goto(serve_app("html_features"))
    expect(page.locator("#templated li").first).to_be_visible()
    return page


def field(page: Page, elem_id: str) -> Locator:
    return page.locator(f"#{elem_id}").locator("textarea, input").first


def test_template_literals_and_handlebars_render_with_props_in_scope(app: Page) -> None:
    templated = app.locator("#templated")
    expect(templated.locator("h3.count")).to_have_text("2 fruits")
    expect(templated.locator("li")).to_have_text(["apple", "b<i>anana"])
    expect(templated.locator("li").nth(1)).to_have_attribute("data-index", "1")
    expect(templated.locator("li i")).to_have_count(0)
    expect(templated.locator("p.footer em")).to_have_text("fresh")


def test_two_instances_get_their_own_scoped_styles(app: Page) -> None:
    color = "e => getComputedStyle(e).color"
    red = app.locator("#swatch-red p.swatch")
    blue = app.locator("#swatch-blue p.swatch")
    expect(red).to_have_text("swatch")
    assert red.evaluate(color) == "rgb(255, 0, 0)"
    assert blue.evaluate(color) == "rgb(0, 0, 255)"
    assert red.evaluate("e => getComputedStyle(e).textDecorationLine") == "underline"
    assert blue.evaluate("e => getComputedStyle(e).fontWeight") == "700"
    page_text = app.locator("#page-text p").first
    assert page_text.evaluate(color) not in ("rgb(255, 0, 0)", "rgb(0, 0, 255)")
    assert page_text.evaluate("e => getComputedStyle(e).textDecorationLine") == "none"


def test_js_on_load_sets_the_value_and_triggers_events_the_server_receives(app: Page) -> None:
    bump = app.locator("#counter button.bump")
    bump.click()
    bump.click()
    expect(app.locator("#counter .count")).to_have_text("2")
    expect(field(app, "seen")).to_have_value("value=2")
    expect(field(app, "bumps")).to_have_value("bumped at 2")


def test_a_value_from_python_re_renders_and_listeners_keep_working(app: Page) -> None:
    bump = app.locator("#counter button.bump")
    button_before = bump.element_handle()
    app.locator("#set-ten button, button#set-ten").first.click()
    expect(app.locator("#counter .count")).to_have_text("10")
    expect(app.locator("#counter [data-watched]")).to_have_attribute("data-watched", "10")
    bump.click()
    expect(app.locator("#counter .count")).to_have_text("11")
    expect(field(app, "seen")).to_have_value("value=11")
    assert button_before is not None
    assert button_before.evaluate("b => b.isConnected"), "re-rendering replaced the button"


def test_a_gr_update_of_the_template_re_renders_in_place(app: Page) -> None:
    bump = app.locator("#counter button.bump")
    bump.click()
    expect(app.locator("#counter .count")).to_have_text("1")
    button_before = bump.element_handle()
    app.locator("#restyle button, button#restyle").first.click()
    expect(app.locator("#counter .count.big")).to_have_text("1")
    bump.click()
    expect(app.locator("#counter .count.big")).to_have_text("2")
    expect(field(app, "seen")).to_have_value("value=2")
    assert button_before is not None
    assert button_before.evaluate("b => b.isConnected")


def test_a_plain_html_click_fires_its_click_event(app: Page) -> None:
    app.locator("#clicky p").click()
    expect(field(app, "clicks")).to_have_value("clicked")


def test_rendered_html_is_sanitised_unless_the_developer_opts_out(app: Page) -> None:
    expect(app.locator("#sanitised b")).to_have_text("kept")
    assert app.locator("#evil").get_attribute("onerror") is None
    assert app.evaluate("() => window.pwned") is None
    trusted = app.locator("#trusted")
    assert trusted.get_attribute("onclick") == "window.trusted = 1"
    trusted.click()
    assert app.evaluate("() => window.trusted") == 1


def test_a_broken_template_shows_an_error_and_the_rest_of_the_page_works(app: Page) -> None:
    error = app.locator("#broken .error-container")
    expect(error).to_contain_text("Error rendering HTML")
    expect(error.locator(".error-message")).to_contain_text("Unexpected token")
    assert any("Error evaluating template" in line for line in app.console)  # type: ignore[attr-defined]
    field(app, "echo-in").fill("hello")
    app.locator("#echo button, button#echo").first.click()
    expect(field(app, "echo-out")).to_have_value("HELLO")
    assert app.errors == []  # type: ignore[attr-defined]
