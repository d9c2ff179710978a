"""gr.ColorPicker in the browser: the server receives the picked colour as hex, events fire."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("colorpicker_features"))
    expect(page.get_by_label("color", exact=True)).to_be_visible()
    return page


def shown(page: Page) -> Locator:
    return page.locator("#shown")


def events(page: Page) -> Locator:
    return page.locator("#events textarea")


def test_the_swatch_shows_the_value_and_opens_the_picker(app: Page) -> None:
    swatch = app.get_by_label("color", exact=True)
    expect(swatch).to_have_css("background-color", "rgb(255, 0, 0)")
    expect(app.locator("#color")).to_contain_text("A colour")
    swatch.click()
    expect(app.get_by_label("Colour value")).to_have_value("#ff0000")


def test_typing_a_colour_and_pressing_enter_sends_hex_and_submits(app: Page) -> None:
    app.get_by_label("color", exact=True).click()
    field = app.get_by_label("Colour value")
    field.fill("rgb(10, 20, 30)")
    field.press("Enter")
    expect(shown(app)).to_have_text("#0a141e")
    expect(events(app)).to_have_value("focus input submit")
    expect(app.get_by_label("color", exact=True)).to_have_css("background-color", "rgb(10, 20, 30)")


def test_dragging_in_the_square_picks_a_colour_and_reports_release(app: Page) -> None:
    app.get_by_label("color", exact=True).click()
    square = app.get_by_label("Saturation and brightness")
    box = square.bounding_box()
    assert box is not None
    # bottom-left of the square is black whatever the hue
    app.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    app.mouse.down()
    app.mouse.move(box["x"] - 20, box["y"] + box["height"] + 20, steps=4)
    app.mouse.up()
    expect(shown(app)).to_have_text("#000000")
    expect(events(app)).to_have_value(re.compile(r"^focus input( input)* release$"))
    expect(app.get_by_label("Colour value")).to_have_value("#000000")


def test_the_hue_bar_changes_the_hue_and_the_modes_reformat_the_field(app: Page) -> None:
    app.get_by_label("color", exact=True).click()
    hue = app.get_by_label("Hue")
    box = hue.bounding_box()
    assert box is not None
    hue.click(position={"x": box["width"] / 3, "y": box["height"] / 2})
    expect(shown(app)).to_have_text("#00ff00")
    app.get_by_role("button", name="RGB").click()
    expect(app.get_by_label("Colour value")).to_have_value("rgb(0, 255, 0)")
    app.get_by_role("button", name="HSL").click()
    expect(app.get_by_label("Colour value")).to_have_value("hsl(120, 100%, 50%)")


def test_clicking_elsewhere_closes_the_picker_and_blurs(app: Page) -> None:
    app.get_by_label("color", exact=True).click()
    app.get_by_label("Colour value").click()
    app.locator("#events").click()
    expect(app.get_by_label("Colour value")).to_have_count(0)
    expect(events(app)).to_have_value("focus blur")


def test_a_value_set_by_the_server_fires_change_but_not_input(app: Page) -> None:
    app.get_by_role("button", name="Make it blue").click()
    expect(shown(app)).to_have_text("#0000ff")
    expect(app.get_by_label("color", exact=True)).to_have_css("background-color", "rgb(0, 0, 255)")
    expect(events(app)).to_have_value("")


def test_a_static_picker_cannot_be_opened(app: Page) -> None:
    static = app.get_by_label("static", exact=True)
    expect(static).to_be_disabled()
    expect(static).to_have_css("background-color", "rgb(0, 255, 0)")
    assert app.errors == []  # type: ignore[attr-defined]
