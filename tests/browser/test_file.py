"""gr.File in the browser: single and multiple uploads seen by the server, the list, delete."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    note = tmp_path / "note.txt"
    note.write_text("hello world")
    data = tmp_path / "data.bin"
    data.write_bytes(bytes(2048))
    return {"note": note, "data": data}


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("file_features"))
    expect(page.locator("#single")).to_contain_text("Drop File Here")
    return page


def out(page: Page) -> str:
    return page.locator("#out textarea").input_value()


def test_a_single_upload_reaches_the_function_and_is_listed_with_its_size(
    app: Page, files: dict[str, Path]
) -> None:
    app.locator("#single input[type=file]").set_input_files(files["note"])
    expect(app.locator("#out textarea")).to_have_value("one note.txt b'hello world'")
    row = app.locator("#single").get_by_test_id("file-row")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("note.txt")
    expect(row.get_by_role("link")).to_contain_text("11.0 B")


def test_the_download_link_serves_the_uploaded_bytes(app: Page, files: dict[str, Path]) -> None:
    app.locator("#single input[type=file]").set_input_files(files["note"])
    link = app.locator("#single").get_by_role("link")
    expect(link).to_be_visible()
    href = link.get_attribute("href")
    assert href is not None and "/gradio_api/file=" in href
    assert app.request.get(href).text() == "hello world"


def test_multiple_files_reach_the_function_as_a_list_in_order(
    app: Page, files: dict[str, Path]
) -> None:
    app.locator("#many input[type=file]").set_input_files([files["note"], files["data"]])
    expect(app.locator("#out textarea")).to_have_value("many note.txt:11, data.bin:2048")
    rows = app.locator("#many").get_by_test_id("file-row")
    expect(rows).to_have_count(2)
    expect(rows.nth(1)).to_contain_text("2.0 KB")


def test_removing_one_of_many_files_sends_the_remaining_list(
    app: Page, files: dict[str, Path]
) -> None:
    app.locator("#many input[type=file]").set_input_files([files["note"], files["data"]])
    expect(app.locator("#many").get_by_test_id("file-row")).to_have_count(2)
    app.locator("#many").get_by_role("button", name="Remove this file").first.click()
    expect(app.locator("#out textarea")).to_have_value("many data.bin:2048")
    expect(app.locator("#many").get_by_test_id("file-row")).to_have_count(1)


def test_removing_a_file_fires_delete_with_the_removed_file(
    app: Page, files: dict[str, Path]
) -> None:
    app.locator("#many input[type=file]").set_input_files([files["note"], files["data"]])
    expect(app.locator("#many").get_by_test_id("file-row")).to_have_count(2)
    app.locator("#many").get_by_role("button", name="Remove this file").first.click()
    expect(app.locator("#events textarea")).to_have_value("deleted note.txt", timeout=3000)


def test_clearing_fires_clear_and_brings_back_the_drop_zone(
    app: Page, files: dict[str, Path]
) -> None:
    app.locator("#single input[type=file]").set_input_files(files["note"])
    expect(app.locator("#single").get_by_test_id("file-row")).to_have_count(1)
    app.locator("#single").get_by_role("button", name="Clear").click()
    expect(app.locator("#events textarea")).to_have_value("cleared")
    expect(app.locator("#single")).to_contain_text("Drop File Here")


def test_file_types_become_the_pickers_accept_filter(app: Page) -> None:
    expect(app.locator("#texts input[type=file]")).to_have_attribute("accept", ".txt")
    expect(app.locator("#many input[type=file]")).to_have_attribute("multiple", "")


def test_a_file_returned_by_the_function_is_offered_for_download(app: Page) -> None:
    app.locator("#make").click()
    row = app.locator("#output").get_by_test_id("file-row")
    expect(row).to_contain_text("report.csv")
    href = row.get_by_role("link").get_attribute("href")
    assert href is not None
    assert app.request.get(href).text() == "a,b\n1,2\n"
    # An output File has no drop zone and no remove buttons.
    expect(app.locator("#output").get_by_role("button", name="Clear")).to_have_count(0)
