"""gr.Image in the browser: upload as array/PIL/path, the processed image shown, clear, select, webcam."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Browser, Page, expect


@pytest.fixture
def red_png(tmp_path: Path) -> Path:
    """A 4x3 pure red PNG."""
    path = tmp_path / "red.png"
    Image.new("RGB", (4, 3), (255, 0, 0)).save(path)
    return path


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("image_features"))
    expect(page.locator("#array")).to_contain_text("Drop Image Here")
    return page


def received(page: Page) -> str:
    return page.locator("#out textarea").input_value()


def pixel_of_shown_image(page: Page, elem_id: str) -> list[int]:
    """Draw the shown <img> on a canvas and read its top-left pixel (RGBA)."""
    image = page.locator(f"#{elem_id} img")
    expect(image).to_be_visible()
    image.evaluate("img => img.decode()")
    result: list[int] = image.evaluate(
        """img => {
            const c = document.createElement('canvas');
            c.width = img.naturalWidth; c.height = img.naturalHeight;
            const ctx = c.getContext('2d');
            ctx.drawImage(img, 0, 0);
            return Array.from(ctx.getImageData(0, 0, 1, 1).data);
        }"""
    )
    return result


def test_an_uploaded_image_reaches_the_function_as_an_array_and_the_result_is_shown(
    app: Page, red_png: Path
) -> None:
    app.locator("#array input[type=file]").set_input_files(red_png)
    expect(app.locator("#out textarea")).to_have_value("numpy (3, 4, 3) uint8 top-left [255, 0, 0]")
    assert pixel_of_shown_image(app, "array")[:3] == [255, 0, 0]
    # The function returned the negative: red becomes cyan.
    expect(app.locator("#inverted img")).to_be_visible()
    cyan = pixel_of_shown_image(app, "inverted")
    assert cyan[0] < 8 and cyan[1] > 247 and cyan[2] > 247


def test_a_new_file_replaces_a_shown_image_through_the_same_file_input(
    app: Page, red_png: Path, tmp_path: Path
) -> None:
    # Gradio keeps the (hidden) file input while an image shows; scripts and drivers that
    # pick a second file rely on it.
    app.locator("#array input[type=file]").set_input_files(red_png)
    expect(app.locator("#out textarea")).to_have_value("numpy (3, 4, 3) uint8 top-left [255, 0, 0]")
    expect(app.locator("#array [data-testid=upload-zone]")).to_be_hidden()
    blue_png = tmp_path / "blue.png"
    Image.new("RGB", (2, 5), (0, 0, 255)).save(blue_png)

    app.locator("#array input[type=file]").set_input_files(blue_png)

    expect(app.locator("#out textarea")).to_have_value("numpy (5, 2, 3) uint8 top-left [0, 0, 255]")
    assert pixel_of_shown_image(app, "array")[:3] == [0, 0, 255]


def test_type_pil_receives_a_pil_image_with_the_right_mode_size_and_pixels(
    app: Page, red_png: Path
) -> None:
    app.locator("#pil input[type=file]").set_input_files(red_png)
    expect(app.locator("#out textarea")).to_have_value("pil RGB (4, 3) (255, 0, 0)")


def test_type_filepath_receives_the_uploaded_file_path(app: Page, red_png: Path) -> None:
    app.locator("#path input[type=file]").set_input_files(red_png)
    expect(app.locator("#out textarea")).to_have_value("filepath red.png")


def test_removing_the_image_fires_clear_and_shows_the_drop_zone_again(
    app: Page, red_png: Path
) -> None:
    app.locator("#array input[type=file]").set_input_files(red_png)
    expect(app.locator("#array img")).to_be_visible()
    app.locator("#array").get_by_role("button", name="Remove Image").click()
    expect(app.locator("#events textarea")).to_have_value("cleared")
    expect(app.locator("#array")).to_contain_text("Drop Image Here")


def test_clicking_an_output_image_sends_the_pixel_coordinates_with_select(
    app: Page, red_png: Path
) -> None:
    app.locator("#array input[type=file]").set_input_files(red_png)
    image = app.locator("#inverted img")
    expect(image).to_be_visible()
    image.evaluate("img => img.decode()")
    box = image.bounding_box()
    assert box is not None
    # object-fit: contain centres the 4x3 picture; click the middle of it.
    image.click(position={"x": box["width"] / 2, "y": box["height"] / 2})
    expect(app.locator("#events textarea")).to_have_value("select [2, 1] None")


def test_upload_and_source_buttons_look_like_gradio(app: Page) -> None:
    sources = app.locator("#array").get_by_test_id("source-select")
    expect(sources.get_by_role("button")).to_have_count(3)
    expect(sources.get_by_role("button", name="Capture from camera")).to_be_visible()
    expect(sources.get_by_role("button", name="Paste from clipboard")).to_be_visible()
    # A single source shows no source bar.
    expect(app.locator("#pil").get_by_test_id("source-select")).to_have_count(0)


@pytest.fixture
def camera_page(media_browser: Browser, serve_app: Callable[[str], str]) -> Iterator[Page]:
    context = media_browser.new_context()
    context.grant_permissions(["camera", "microphone"])
    page = context.new_page()
    page.goto(serve_app("image_features"))
    yield page
    context.close()


def test_a_webcam_capture_from_the_fake_camera_reaches_the_server(camera_page: Page) -> None:
    camera = camera_page.locator("#camera")
    video = camera.locator("video")
    expect(video).to_be_visible()
    camera_page.wait_for_function("() => document.querySelector('#camera video')?.videoWidth > 0")
    camera.get_by_role("button", name="Capture photo").click()
    expect(camera_page.locator("#out textarea")).to_have_value("webcam 3d 3 channels")
    expect(camera.locator("img")).to_be_visible()
