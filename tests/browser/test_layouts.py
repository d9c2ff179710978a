"""Layouts in the browser: row and column widths, tabs, accordion."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect


def test_a_row_shares_its_width_by_column_scale(page: Page, serve_app: Callable[..., str]) -> None:
    page.set_viewport_size({"width": 1200, "height": 800})
    page.goto(serve_app("layouts_demo"))
    wide = page.get_by_label("Wide").bounding_box()
    narrow = page.get_by_label("Narrow").bounding_box()
    assert wide is not None and narrow is not None
    assert wide["x"] < narrow["x"]
    assert 1.6 < wide["width"] / narrow["width"] < 2.4


def test_a_row_stacks_its_columns_on_a_phone(page: Page, serve_app: Callable[..., str]) -> None:
    page.set_viewport_size({"width": 375, "height": 700})
    page.goto(serve_app("layouts_demo"))
    wide = page.get_by_label("Wide").bounding_box()
    narrow = page.get_by_label("Narrow").bounding_box()
    assert wide is not None and narrow is not None
    assert narrow["y"] > wide["y"] + wide["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_tabs_open_on_the_selected_tab_and_switch_on_click(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("layouts_demo"))
    expect(page.get_by_role("tab", name="Second")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_label("In second")).to_be_visible()
    expect(page.get_by_label("In first")).to_be_hidden()
    page.get_by_role("tab", name="First").click()
    expect(page.get_by_label("In first")).to_be_visible()
    expect(page.get_by_label("In second")).to_be_hidden()


def test_tabs_switch_with_the_arrow_keys(page: Page, serve_app: Callable[..., str]) -> None:
    page.goto(serve_app("layouts_demo"))
    page.get_by_role("tab", name="Second").focus()
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_role("tab", name="First")).to_be_focused()
    expect(page.get_by_label("In first")).to_be_visible()


def test_the_accordion_opens_and_fires_expand(page: Page, serve_app: Callable[..., str]) -> None:
    page.goto(serve_app("layouts_demo"))
    toggle = page.get_by_role("button", name="More options")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_label("Hidden option")).to_be_hidden()
    toggle.click()
    expect(page.get_by_label("Hidden option")).to_be_visible()
    expect(page.get_by_label("Expanded count")).to_have_value("1")
    toggle.click()
    expect(page.get_by_label("Hidden option")).to_be_hidden()


def test_the_sidebar_opens_and_closes_with_its_toggle(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("layouts_demo"))
    toggle = page.get_by_role("button", name="Toggle Sidebar")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_label("In sidebar")).to_be_hidden()
    toggle.click()
    expect(page.get_by_label("In sidebar")).to_be_visible()
    toggle.click()
    expect(page.get_by_label("In sidebar")).to_be_hidden()


def test_a_group_stacks_its_boxes_without_a_gap(page: Page, serve_app: Callable[..., str]) -> None:
    page.goto(serve_app("layouts_demo"))
    one = page.locator(".block", has=page.get_by_label("Grouped one")).last.bounding_box()
    two = page.locator(".block", has=page.get_by_label("Grouped two")).last.bounding_box()
    assert one is not None and two is not None
    assert abs(two["y"] - (one["y"] + one["height"])) < 2  # outside a group: 16px apart
