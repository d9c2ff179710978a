"""Plots in the browser: DataFrames drawn by Vega-Lite, a matplotlib figure as an image."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

# Vega draws a line plot's points as (invisible) hover symbols, one per row.
POINTS = "g.mark-symbol.role-mark path"


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("plots_features"))
    expect(page.locator("#line svg.marks")).to_be_visible()
    return page


def test_a_dataframe_is_drawn_as_a_line_with_a_point_per_row(app: Page) -> None:
    line = app.locator("#line")
    expect(line.locator(POINTS)).to_have_count(7)
    expect(line.locator("g.mark-line path")).to_have_count(1)
    expect(line).to_contain_text("Squares")


def test_a_new_dataframe_from_a_function_redraws_the_plot(app: Page) -> None:
    app.locator("#points input").fill("11")
    app.locator("#points input").press("Enter")
    expect(app.locator("#line " + POINTS)).to_have_count(11)


def test_series_bars_points_and_caption_are_drawn(app: Page) -> None:
    expect(app.locator("#sales g.mark-line path")).to_have_count(2)
    expect(app.locator("#sales")).to_contain_text("north")
    expect(app.locator("#fruit g.mark-rect path")).to_have_count(3)  # apple counts are summed
    expect(app.locator("#fruit")).to_contain_text("Fruit")
    expect(app.locator("#scatter " + POINTS)).to_have_count(12)


def test_a_matplotlib_figure_is_shown_as_an_image(app: Page) -> None:
    image = app.locator("#figure img")
    expect(image).to_have_attribute("src", re.compile(r"^data:image/webp;base64,"))
    assert image.evaluate("img => img.decode().then(() => img.naturalWidth)") > 0
    assert app.errors == []  # type: ignore[attr-defined]


def test_brushing_the_x_axis_sends_the_range_to_select(app: Page) -> None:
    box = app.locator("#sales svg.marks").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] * 0.4
    app.mouse.move(box["x"] + box["width"] * 0.35, y)
    app.mouse.down()
    app.mouse.move(box["x"] + box["width"] * 0.6, y, steps=5)
    app.mouse.up()
    expect(app.locator("#selected textarea")).to_have_value(re.compile(r"^\d\.\.\d$"))
