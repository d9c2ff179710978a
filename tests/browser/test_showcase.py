"""The showcase app from the README works in a browser: every tab renders and its events run."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect


def test_form_inputs_reach_the_server_and_come_back_described(
    page: Page, serve_app: Callable[[str], str]
) -> None:
    page.goto(serve_app("showcase_app"))
    page.get_by_label("Text", exact=True).fill("hi")
    page.get_by_role("button", name="Describe").click()
    expect(page.get_by_label("Summary")).to_have_value("'hi' x 3 at level 5; flag is on")


def test_every_tab_renders_its_components(page: Page, serve_app: Callable[[str], str]) -> None:
    page.goto(serve_app("showcase_app"))
    expected = {
        "Media": "Image in",
        "Chat": "Message",
        "Streaming and progress": "Counting",
        "Errors and toasts": "Shouted",
        "State, JSON and timers": "Server time",
    }
    for tab, label in expected.items():
        page.get_by_role("tab", name=tab).click()
        expect(page.get_by_text(label, exact=True).first).to_be_visible()
    assert page.errors == []  # type: ignore[attr-defined]


def test_chat_tab_streams_a_reply(page: Page, serve_app: Callable[[str], str]) -> None:
    page.goto(serve_app("showcase_app"))
    page.get_by_role("tab", name="Chat").click()
    box = page.get_by_role("textbox", name="Message")
    box.fill("ping")
    box.press("Enter")
    expect(page.get_by_text("Here is some")).to_be_visible()
    expect(box).to_have_value("")


def test_state_counts_clicks_per_session(page: Page, serve_app: Callable[[str], str]) -> None:
    page.goto(serve_app("showcase_app"))
    page.get_by_role("tab", name="State, JSON and timers").click()
    button = page.get_by_role("button", name="Count my clicks")
    button.click()
    expect(page.get_by_text('"odd"')).to_be_visible()
    button.click()
    expect(page.get_by_text('"even"')).to_be_visible()


def test_an_empty_shout_shows_the_error_toast(page: Page, serve_app: Callable[[str], str]) -> None:
    page.goto(serve_app("showcase_app"))
    page.get_by_role("tab", name="Errors and toasts").click()
    page.get_by_role("button", name="Shout").click()
    expect(page.get_by_text("Type something first").first).to_be_visible()
