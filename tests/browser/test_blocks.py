"""The Blocks greet example in the browser: a click, a .then step and an update."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect


def test_clicking_greet_shows_the_greeting_then_the_chained_update(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("blocks_greet"))
    page.get_by_label("Name").fill("Ada")
    page.get_by_role("button", name="Greet").click()
    expect(page.get_by_label("Greeting")).to_have_value("Hello Ada!")
    expect(page.get_by_label("Shouted")).to_have_value("HELLO ADA!")
    assert page.errors == []  # type: ignore[attr-defined]


def test_a_box_only_written_by_events_is_read_only(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("blocks_greet"))
    expect(page.get_by_label("Name")).to_be_editable()
    expect(page.get_by_label("Greeting")).to_be_editable()  # also the input of the .then step
    expect(page.get_by_label("Loud")).not_to_be_editable()
