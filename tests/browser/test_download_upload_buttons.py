"""UploadButton and DownloadButton in the browser: files reach functions, downloads are exact."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("download_upload_buttons_features"))
    expect(page.locator("#download")).to_be_visible()
    return page


@pytest.fixture
def notes(tmp_path: Path) -> list[Path]:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("hello from a file")
    second.write_text("and another")
    return [first, second]


def test_the_button_opens_a_chooser_and_the_upload_reaches_the_function(
    app: Page, notes: list[Path]
) -> None:
    with app.expect_file_chooser() as chooser:
        app.locator("#one").click()
    assert not chooser.value.is_multiple()
    chooser.value.set_files(notes[0])

    expect(app.locator("#out textarea")).to_have_value("first.txt: hello from a file")


def test_a_multiple_binary_button_sends_every_file_in_order(app: Page, notes: list[Path]) -> None:
    with app.expect_file_chooser() as chooser:
        app.locator("#many").click()
    assert chooser.value.is_multiple()
    chooser.value.set_files(notes)

    expect(app.locator("#out textarea")).to_have_value("hello from a file | and another")


def test_the_chooser_offers_the_file_types_and_a_static_button_is_disabled(app: Page) -> None:
    assert app.get_by_test_id("Upload a text-upload-button").get_attribute("accept") == ".txt"
    expect(app.locator("#locked")).to_be_disabled()
    expect(app.locator("#one")).to_have_class(re.compile(r"\blg secondary\b"))
    expect(app.locator("#stop-variant")).to_have_class(re.compile(r"\bsm stop\b"))


def test_a_file_set_by_a_function_downloads_with_its_exact_bytes(app: Page) -> None:
    app.locator("#text textarea").fill("exact bytes\nsecond line ✓")
    app.locator("#make").click()
    expect(app.locator("#made textarea")).to_have_value("made 25 characters")

    with app.expect_download() as download:
        app.locator("#download").click()

    path = download.value.path()
    assert Path(path).read_text(encoding="utf-8") == "exact bytes\nsecond line ✓"
    assert download.value.suggested_filename.endswith(".txt")
    expect(app.locator("#clicks input")).to_have_value("1")


def test_without_a_file_a_click_fires_click_and_downloads_nothing(app: Page) -> None:
    downloads: list[object] = []
    app.on("download", lambda download: downloads.append(download))

    app.locator("#download").click()

    expect(app.locator("#clicks input")).to_have_value("1")
    assert downloads == []
