"""gr.AnnotatedImage, gr.ImageSlider and gr.SimpleImage in the browser."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("image_components_features"))
    expect(page.locator("#simple")).to_contain_text("Drop Image Here")
    return page


def natural_width(page: Page, selector: str) -> int:
    width: int = page.locator(selector).evaluate("img => img.decode().then(() => img.naturalWidth)")
    return width


def test_annotations_and_their_legend_show_for_the_function_s_output(app: Page) -> None:
    app.get_by_role("button", name="Annotate").click()

    masks = app.locator("#annotated [data-testid=annotated-mask]")
    expect(masks).to_have_count(2)
    assert natural_width(app, "#annotated [data-testid=annotated-base]") == 200
    assert natural_width(app, "#annotated [data-testid=annotated-mask] >> nth=1") == 200
    legend = app.locator("#annotated [data-testid=annotated-legend] button")
    expect(legend).to_have_text(["box", "disc"])
    # "box" has a colour of its own; "disc" is tinted by the page (the second of two hues).
    expect(legend.first).to_have_css("background-color", "rgba(0, 170, 0, 0.533)")
    expect(masks.nth(1)).to_have_css("filter", "hue-rotate(180deg)")
    assert app.errors == []  # type: ignore[attr-defined]


def test_hovering_a_legend_entry_leaves_only_its_annotation(app: Page) -> None:
    app.get_by_role("button", name="Annotate").click()
    masks = app.locator("#annotated [data-testid=annotated-mask]")
    expect(masks).to_have_count(2)

    app.locator("#annotated [data-testid=annotated-legend] button", has_text="disc").hover()

    expect(masks.nth(0)).to_have_css("opacity", "0")
    expect(masks.nth(1)).to_have_css("opacity", "1")
    app.mouse.move(0, 0)
    expect(masks.nth(0)).not_to_have_css("opacity", "0")


def test_clicking_a_legend_entry_sends_select_with_its_index_and_label(app: Page) -> None:
    app.get_by_role("button", name="Annotate").click()

    app.locator("#annotated [data-testid=annotated-legend] button", has_text="disc").click()

    expect(app.locator("#picked textarea")).to_have_value("1:disc")


def test_the_slider_shows_both_images_and_its_divider_moves(app: Page) -> None:
    app.get_by_role("button", name="Compare").click()

    images = app.locator("#slider [data-testid=imageslider-image]")
    expect(images).to_have_count(2)
    assert natural_width(app, "#slider [data-testid=imageslider-image] >> nth=0") == 200
    assert natural_width(app, "#slider [data-testid=imageslider-image] >> nth=1") == 200
    divider = app.get_by_role("slider", name="Divider between the two images")
    expect(divider).to_have_attribute("aria-valuenow", "40")  # slider_position=40
    expect(images.nth(1)).to_have_css("clip-path", "inset(0px 0px 0px 40%)")

    divider.focus()
    app.keyboard.press("ArrowRight")
    app.keyboard.press("Shift+ArrowRight")
    expect(divider).to_have_attribute("aria-valuenow", "51")

    box = images.nth(0).bounding_box()
    assert box is not None
    handle = divider.bounding_box()
    assert handle is not None
    app.mouse.move(handle["x"] + handle["width"] / 2, handle["y"] + handle["height"] / 2)
    app.mouse.down()
    app.mouse.move(box["x"] + box["width"] * 0.8, box["y"] + 10, steps=5)
    app.mouse.up()
    expect(divider).to_have_attribute("aria-valuenow", "80")
    expect(images.nth(1)).to_have_css("clip-path", "inset(0px 0px 0px 80%)")


def test_two_images_uploaded_to_the_slider_reach_the_function(app: Page, tmp_path: Path) -> None:
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    Image.new("RGB", (40, 30), (200, 0, 0)).save(first)
    Image.new("RGB", (40, 30), (0, 0, 200)).save(second)

    app.locator("#slider-in input[type=file]").set_input_files(str(first))
    expect(app.locator("#pair-out textarea")).to_have_value("True,False")
    app.locator("#slider-in input[type=file]").set_input_files(str(second))

    expect(app.locator("#pair-out textarea")).to_have_value("True,True")
    expect(app.locator("#slider-in [data-testid=imageslider-image]")).to_have_count(2)


def test_a_simple_image_upload_reaches_the_function_and_clears(app: Page, tmp_path: Path) -> None:
    picture = tmp_path / "pic.png"
    Image.new("RGB", (33, 21), (0, 120, 0)).save(picture)

    app.locator("#simple input[type=file]").set_input_files(str(picture))

    expect(app.locator("#simple-out textarea")).to_have_value("got 33x21")
    expect(app.locator("#simple [data-testid=image-preview]")).to_be_visible()
    app.locator("#simple").get_by_role("button", name="Remove Image").click()
    expect(app.locator("#simple-out textarea")).to_have_value("cleared")
    expect(app.locator("#simple")).to_contain_text("Drop Image Here")
