"""gr.Sidebar at the page root: it pushes the page aside on a wide screen, covers it on a phone."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import FloatRect, Locator, Page, ViewportSize, expect

WIDE = ViewportSize(width=1280, height=720)
PHONE = ViewportSize(width=390, height=700)


def box(locator: Locator) -> FloatRect:
    expect(locator).to_be_visible()
    rect = locator.bounding_box()
    assert rect is not None
    return rect


def settled_box(page: Page, locator: Locator) -> FloatRect:
    """The box after the 0.3 s slide."""
    page.wait_for_timeout(450)
    return box(locator)


def test_an_open_sidebar_pushes_the_page_content_past_its_edge(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.set_viewport_size(WIDE)
    page.goto(serve_app("sidebar_demo"))
    sidebar = box(page.get_by_role("complementary"))
    title = settled_box(page, page.get_by_role("heading", name="Page title"))
    assert sidebar["x"] == 0 and sidebar["width"] == 320
    assert title["x"] == sidebar["width"] + 30
    toggle = box(page.get_by_role("button", name="Toggle Sidebar"))
    assert toggle["x"] + toggle["width"] == sidebar["width"]


def test_closing_the_sidebar_gives_the_page_its_width_back(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.set_viewport_size(WIDE)
    page.goto(serve_app("sidebar_demo"))
    page.get_by_role("button", name="Toggle Sidebar").click()
    expect(page.get_by_label("In sidebar")).to_be_hidden()
    title = settled_box(page, page.get_by_role("heading", name="Page title"))
    assert title["x"] == 32
    toggle = box(page.get_by_role("button", name="Toggle Sidebar"))
    assert toggle["x"] == 0 and toggle["x"] + toggle["width"] < title["x"]


def test_a_right_sidebar_pushes_the_content_from_the_right(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.set_viewport_size(WIDE)
    page.goto(serve_app("sidebar_demo", SIDEBAR_POSITION="right"))
    sidebar = box(page.get_by_role("complementary"))
    main_text = settled_box(page, page.get_by_label("Main text"))
    assert sidebar["x"] + sidebar["width"] == WIDE["width"]
    assert main_text["x"] + main_text["width"] < sidebar["x"] - 30


def test_a_sidebar_closed_at_start_opens_with_its_toggle_and_then_pushes(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.set_viewport_size(WIDE)
    page.goto(serve_app("sidebar_demo", SIDEBAR_OPEN="0"))
    expect(page.get_by_label("In sidebar")).to_be_hidden()
    assert settled_box(page, page.get_by_role("heading", name="Page title"))["x"] == 32
    page.get_by_role("button", name="Toggle Sidebar").click()
    expect(page.get_by_label("In sidebar")).to_be_visible()
    assert settled_box(page, page.get_by_role("heading", name="Page title"))["x"] == 350


def test_on_a_phone_the_open_sidebar_covers_the_page_without_pushing_it(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.set_viewport_size(PHONE)
    page.goto(serve_app("sidebar_demo"))
    sidebar = settled_box(page, page.get_by_role("complementary"))
    assert sidebar["x"] == 0 and sidebar["width"] == PHONE["width"]
    page.get_by_role("button", name="Toggle Sidebar").click()
    title = settled_box(page, page.get_by_role("heading", name="Page title"))
    assert title["x"] == 32
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
