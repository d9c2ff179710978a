"""gr.Slider in the browser: values snap to the step, stay in range and reach the server."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("slider_features"))
    expect(range_input(page, "level")).to_be_visible()
    return page


def range_input(page: Page, elem_id: str) -> Locator:
    return page.locator(f"#{elem_id}").get_by_test_id("range-input")


def number_box(page: Page, elem_id: str) -> Locator:
    return page.locator(f"#{elem_id}").get_by_test_id("number-input")


def field(page: Page, elem_id: str) -> Locator:
    return page.locator(f"#{elem_id}").locator("textarea, input").first


def test_arrow_keys_move_by_one_step_and_the_server_gets_a_float(app: Page) -> None:
    range_input(app, "level").press("ArrowRight")
    expect(field(app, "out")).to_have_value("float: 3.5")
    expect(number_box(app, "level")).to_have_value("3.5")


def test_dragging_fires_release_with_the_final_value(app: Page) -> None:
    slider = range_input(app, "level")
    box = slider.bounding_box()
    assert box is not None
    app.mouse.click(box["x"] + box["width"] * 0.999, box["y"] + box["height"] / 2)
    expect(field(app, "released")).to_have_value("int: 10")
    expect(field(app, "out")).to_have_value("int: 10")


def test_typing_past_the_maximum_in_the_number_box_clamps(app: Page) -> None:
    box = number_box(app, "level")
    box.fill("99")
    box.press("Enter")
    expect(box).to_have_value("10")
    expect(field(app, "released")).to_have_value("int: 10")


def test_reset_returns_to_the_initial_value(app: Page) -> None:
    range_input(app, "level").press("ArrowRight")
    expect(number_box(app, "level")).to_have_value("3.5")
    app.locator("#level").get_by_test_id("reset-button").click()
    expect(number_box(app, "level")).to_have_value("3")
    expect(field(app, "released")).to_have_value("int: 3")


def test_input_fires_on_user_moves_of_a_whole_step_slider(app: Page) -> None:
    range_input(app, "whole").press("ArrowRight")
    expect(field(app, "out")).to_have_value("int: 3")


def test_range_label_info_and_static_mode(app: Page) -> None:
    level = app.locator("#level")
    expect(level.get_by_test_id("min-value")).to_have_text("0")
    expect(level.get_by_test_id("max-value")).to_have_text("10")
    expect(level).to_contain_text("Half steps")
    expect(range_input(app, "level")).to_have_attribute("step", "0.5")
    expect(app.get_by_role("slider", name="range slider for Level")).to_have_value("3")
    expect(range_input(app, "fixed")).to_be_disabled()
    expect(range_input(app, "fixed")).to_have_value("40")
