"""gr.Textbox in the browser: what the user types reaches the server as a `str`."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import BrowserContext, Locator, Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("textbox_features"))
    expect(field(page, "name")).to_be_visible()
    return page


def field(page: Page, elem_id: str) -> Locator:
    return page.locator(f"#{elem_id}").locator("textarea, input").first


def test_enter_in_a_one_line_box_submits_the_text(app: Page) -> None:
    field(app, "name").fill("Ada Lovelace")
    field(app, "name").press("Enter")
    expect(field(app, "out")).to_have_value("str: 'Ada Lovelace'")


def test_label_info_and_placeholder_are_shown(app: Page) -> None:
    expect(app.get_by_label("Name")).to_have_attribute("placeholder", "Your name")
    expect(app.locator("#name")).to_contain_text("Press Enter to send")


def test_enter_in_a_multi_line_box_adds_a_line_and_shift_enter_submits(app: Page) -> None:
    notes = field(app, "notes")
    notes.click()
    notes.press_sequentially("one")
    notes.press("Enter")
    notes.press_sequentially("two")
    expect(field(app, "out")).to_have_value("str: 'one\\ntwo'")
    notes.press("Shift+Enter")
    expect(field(app, "events")).to_have_value("submitted str: 'one\\ntwo'")


def test_a_multi_line_box_grows_with_its_content_up_to_max_lines(app: Page) -> None:
    notes = field(app, "notes")
    start = notes.evaluate("e => e.clientHeight")
    notes.fill("\n".join(f"line {i}" for i in range(5)))
    grown = notes.evaluate("e => e.clientHeight")
    notes.fill("\n".join(f"line {i}" for i in range(30)))
    capped = notes.evaluate("e => e.clientHeight")
    assert start < grown < capped
    assert notes.evaluate("e => e.scrollHeight > e.clientHeight")


def test_a_password_is_masked_and_the_submit_button_sends_it(app: Page) -> None:
    secret = field(app, "secret")
    expect(secret).to_have_attribute("type", "password")
    secret.fill("hunter2")
    app.locator("#secret").get_by_test_id("submit-button").click()
    expect(field(app, "out")).to_have_value("str: 'hunter2'")


def test_an_email_box_fires_input_when_edited(app: Page) -> None:
    email = field(app, "email")
    expect(email).to_have_attribute("type", "email")
    email.fill("a@b.c")
    expect(field(app, "out")).to_have_value("str: 'a@b.c'")


def test_max_length_stops_typing_at_the_limit(app: Page) -> None:
    field(app, "short").press_sequentially("abcdefgh")
    expect(field(app, "out")).to_have_value("str: 'abcde'")


def test_selecting_text_sends_its_range_and_text(app: Page) -> None:
    field(app, "quote").evaluate(
        "e => { e.focus(); e.setSelectionRange(7, 11); e.dispatchEvent(new Event('select')); }"
    )
    expect(field(app, "events")).to_have_value("select [7, 11] 'some'")


def test_the_copy_button_copies_the_text_and_fires_copy(app: Page, context: BrowserContext) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    app.locator("#quote").get_by_role("button", name="Copy").click()
    expect(field(app, "events")).to_have_value("copy 'select some of this text'")
    assert app.evaluate("() => navigator.clipboard.readText()") == "select some of this text"


def test_focus_blur_and_stop_reach_the_server(app: Page) -> None:
    field(app, "name").focus()
    expect(field(app, "events")).to_have_value("focus")
    field(app, "notes").focus()
    expect(field(app, "events")).to_have_value("blur")
    app.locator("#stopper").get_by_role("button", name="Stop").click()
    expect(field(app, "events")).to_have_value("stop pressed")


def test_static_rtl_hidden_and_bare_boxes_render_as_configured(app: Page) -> None:
    expect(field(app, "fixed")).to_be_disabled()
    expect(field(app, "fixed")).to_have_value("read only")
    expect(field(app, "hebrew")).to_have_attribute("dir", "rtl")
    assert field(app, "hebrew").evaluate("e => getComputedStyle(e).textAlign") == "right"
    expect(app.locator("#hidden-box")).to_be_hidden()
    expect(field(app, "bare")).to_have_value("no label")
    hidden_label = app.locator("#bare").get_by_text("Unlabelled")
    assert hidden_label.evaluate("e => e.getBoundingClientRect().width") <= 1
