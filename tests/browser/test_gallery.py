"""gr.Gallery in the browser: captioned results, the preview, select, upload and delete."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("gallery_features"))
    expect(page.locator("#inp")).to_contain_text("Drop Media Here")
    return page


def generate(page: Page) -> None:
    page.get_by_role("button", name="Generate").click()
    expect(page.locator("#out [data-testid=gallery-thumbnail]")).to_have_count(4)


def preview_caption(page: Page) -> str:
    return page.locator("#out [data-testid=gallery-caption]").inner_text()


def test_returned_images_show_as_thumbnails_with_their_captions(app: Page) -> None:
    generate(app)

    thumbnails = app.locator("#out [data-testid=gallery-thumbnail]")
    expect(thumbnails.locator(".caption")).to_have_text(["red", "green", "blue", "gold"])
    first = thumbnails.first.locator("img")
    expect(first).to_be_visible()
    assert first.evaluate("img => img.decode().then(() => img.naturalWidth)") == 64
    assert app.errors == []  # type: ignore[attr-defined]


def test_the_preview_opens_moves_with_buttons_and_keys_and_closes(app: Page) -> None:
    generate(app)

    app.locator("#out [data-testid=gallery-thumbnail]").nth(1).click()
    preview = app.locator("#out [data-testid=gallery-preview]")
    expect(preview).to_be_visible()
    expect(app.locator("#events textarea")).to_have_value("preview opened")
    expect(preview.locator("[data-testid=gallery-caption]")).to_have_text("green")

    preview.get_by_role("button", name="Next").click()
    expect(preview.locator("[data-testid=gallery-caption]")).to_have_text("blue")
    app.keyboard.press("ArrowRight")
    expect(preview.locator("[data-testid=gallery-caption]")).to_have_text("gold")
    app.keyboard.press("ArrowRight")  # wraps around to the first
    expect(preview.locator("[data-testid=gallery-caption]")).to_have_text("red")
    preview.get_by_role("button", name="Previous").click()
    expect(preview.locator("[data-testid=gallery-caption]")).to_have_text("gold")

    app.keyboard.press("Escape")
    expect(preview).to_have_count(0)
    expect(app.locator("#events textarea")).to_have_value("preview closed")
    expect(app.locator("#out [data-testid=gallery-thumbnail]")).to_have_count(4)

    app.locator("#out [data-testid=gallery-thumbnail]").first.click()
    app.locator("#out").get_by_role("button", name="Close").click()
    expect(preview).to_have_count(0)


def test_select_reaches_the_server_with_the_index_and_the_item(app: Page) -> None:
    generate(app)

    app.locator("#out [data-testid=gallery-thumbnail]").nth(2).click()
    expect(app.locator("#picked textarea")).to_have_value("select 2 blue")
    app.keyboard.press("ArrowLeft")
    expect(app.locator("#picked textarea")).to_have_value("select 1 green")


def test_uploaded_images_reach_the_function_and_can_be_deleted(app: Page, tmp_path: Path) -> None:
    wide, tall = tmp_path / "wide.png", tmp_path / "tall.png"
    Image.new("RGB", (40, 30), (200, 30, 30)).save(wide)
    Image.new("RGB", (30, 40), (30, 30, 200)).save(tall)

    app.locator("#inp input[type=file]").set_input_files([wide, tall])

    expect(app.locator("#got textarea")).to_have_value("40x30 None; 30x40 None")
    thumbnails = app.locator("#inp [data-testid=gallery-thumbnail]")
    expect(thumbnails).to_have_count(2)
    thumbnails.first.hover()
    app.locator("#inp").get_by_role("button", name="Delete image").first.click()
    expect(thumbnails).to_have_count(1)
    expect(app.locator("#events textarea")).to_have_value("deleted")
