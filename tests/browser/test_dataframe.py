"""gr.Dataframe in the browser: an output table shows and sorts, edits and selections reach
the server, rows can be added."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("dataframe_features"))
    expect(page.locator("#sheet td").first).to_be_visible()
    return page


def board(page: Page) -> Locator:
    return page.locator("#board")


def first_column(page: Page) -> list[str]:
    return [
        text.strip() for text in board(page).locator("tbody tr td:nth-child(2)").all_inner_texts()
    ]


def load(page: Page) -> None:
    page.get_by_role("button", name="Load").click()
    expect(board(page).locator("tbody tr")).to_have_count(3)


def test_an_output_table_shows_headers_rows_numbers_and_rendered_markdown(app: Page) -> None:
    load(app)
    expect(board(app).locator("thead .header-text")).to_have_text(["name", "score", "notes"])
    expect(board(app).locator("tbody td.row-number")).to_have_text(["1", "2", "3"])
    expect(board(app).locator("tbody strong")).to_have_text("bold")
    # raw HTML in a markdown cell is sanitised, not executed or dropped wholesale
    expect(board(app).locator("tbody b")).to_have_text("raw")
    expect(board(app).locator("tbody script")).to_have_count(0)


def test_clicking_a_header_sorts_ascending_then_descending_then_restores(app: Page) -> None:
    load(app)
    score = board(app).get_by_role("button", name="score")
    score.click()
    expect(board(app).locator("th[aria-sort=ascending]")).to_have_count(1)
    assert first_column(app) == ["Bo", "Cy", "Ann"]
    score.click()
    expect(board(app).locator("th[aria-sort=descending]")).to_have_count(1)
    assert first_column(app) == ["Ann", "Cy", "Bo"]
    score.click()
    expect(board(app).locator("th[aria-sort=none]")).to_have_count(3)
    assert first_column(app) == ["Bo", "Ann", "Cy"]


def test_the_search_box_keeps_only_matching_rows(app: Page) -> None:
    load(app)
    board(app).get_by_label("Search the table").fill("ste")
    expect(board(app).locator("tbody tr")).to_have_count(1)
    expect(board(app).locator("tbody tr td").nth(1)).to_have_text("Ann")


def test_editing_a_cell_with_enter_sends_the_table_to_the_function(app: Page) -> None:
    sheet = app.locator("#sheet")
    cell = sheet.locator("td[data-row='0'][data-col='1']")
    cell.dblclick()
    editor = sheet.get_by_label("Edit cell")
    editor.fill("10")
    editor.press("Enter")
    expect(cell).to_have_text("10")
    expect(app.locator("#summary textarea")).to_have_value("2 rows, total 14")


def test_escape_cancels_an_edit(app: Page) -> None:
    sheet = app.locator("#sheet")
    cell = sheet.locator("td[data-row='1'][data-col='0']")
    cell.click()
    cell.press("Enter")
    editor = sheet.get_by_label("Edit cell")
    editor.fill("plums")
    editor.press("Escape")
    expect(cell).to_have_text("pears")
    expect(sheet.get_by_label("Edit cell")).to_have_count(0)


def test_selecting_a_cell_sends_its_index_value_row_and_column(app: Page) -> None:
    load(app)
    board(app).locator("td[data-row='1'][data-col='1']").click()
    expect(app.locator("#selected textarea")).to_have_value(
        "[1, 1] 9.5 row=['Ann', 9.5, 'steady'] col=[7, 9.5, 8]"
    )


def test_adding_a_row_and_filling_it_reaches_the_function(app: Page) -> None:
    sheet = app.locator("#sheet")
    sheet.get_by_role("button", name="Add row").click()
    expect(sheet.locator("tbody tr")).to_have_count(3)
    expect(app.locator("#summary textarea")).to_have_value("3 rows, total 7")
    cell = sheet.locator("td[data-row='2'][data-col='1']")
    cell.dblclick()
    sheet.get_by_label("Edit cell").fill("5")
    sheet.get_by_label("Edit cell").press("Enter")
    expect(app.locator("#summary textarea")).to_have_value("3 rows, total 12")


def test_adding_a_column_adds_a_numbered_header(app: Page) -> None:
    sheet = app.locator("#sheet")
    sheet.get_by_role("button", name="Add column").click()
    expect(sheet.locator("thead .header-text")).to_have_text(["fruit", "count", "3"])
