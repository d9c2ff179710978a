"""gr.render in the browser: the page rebuilds the rendered part when its input changes."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect


def test_render_shows_one_box_per_count_and_keeps_typed_text(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("render_demo"))
    expect(page.get_by_label("Box 1")).to_be_visible()
    expect(page.get_by_label("Box 2")).to_have_count(0)
    page.get_by_label("Box 0").fill("kept")
    count = page.get_by_label("Count")
    count.fill("3")
    count.press("Enter")
    expect(page.get_by_label("Box 2")).to_be_visible()
    expect(page.get_by_label("Box 0")).to_have_value("kept")
    count.fill("1")
    count.press("Enter")
    expect(page.get_by_label("Box 1")).to_have_count(0)


def test_listeners_made_by_a_render_run_are_called_from_the_page(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("render_listeners"))
    page.get_by_label("Text 1").fill("second")
    page.get_by_role("button", name="Shout 1").click()
    expect(page.get_by_label("Shouted")).to_have_value("1: SECOND")
    count = page.get_by_label("Count")
    count.fill("3")
    count.press("Enter")
    page.get_by_label("Text 2").fill("third")
    page.get_by_role("button", name="Shout 2").click()
    expect(page.get_by_label("Shouted")).to_have_value("2: THIRD")
