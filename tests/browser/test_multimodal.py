"""gr.MultimodalTextbox in a multimodal ChatInterface: text and attachments reach the function."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("multimodal_chat"))
    expect(page.get_by_role("button", name="Attach files")).to_be_visible()
    return page


def test_text_and_an_attached_file_are_sent_on_enter(app: Page, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("hello world")
    app.locator("[data-testid='upload-zone'] input[type=file]").last.set_input_files(note)
    expect(app.get_by_test_id("attachments")).to_contain_text("note.txt")
    box = app.locator("textarea").last
    box.fill("hello there")
    box.press("Enter")
    log = app.get_by_role("log")
    expect(log.get_by_test_id("bot")).to_have_text("text='hello there' files=['note.txt'] turns=0")
    expect(log.get_by_test_id("user").first).to_contain_text("note.txt")
    expect(log.get_by_test_id("user").last).to_contain_text("hello there")
    # The box is emptied for the next message.
    expect(box).to_have_value("")
    expect(app.get_by_test_id("attachments")).to_have_count(0)


def test_shift_enter_adds_a_line_and_an_attachment_can_be_removed(
    app: Page, tmp_path: Path
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("x")
    app.locator("[data-testid='upload-zone'] input[type=file]").last.set_input_files(note)
    expect(app.get_by_test_id("attachments")).to_contain_text("note.txt")
    app.get_by_role("button", name="Remove note.txt").click()
    expect(app.get_by_test_id("attachments")).to_have_count(0)
    box = app.locator("textarea").last
    box.press_sequentially("one")
    box.press("Shift+Enter")
    box.press_sequentially("two")
    expect(box).to_have_value("one\ntwo")
    expect(app.get_by_role("log").get_by_test_id("user")).to_have_count(0)
    app.get_by_role("button", name="Submit").click()
    expect(app.get_by_role("log").get_by_test_id("bot")).to_have_text(
        "text='one\\ntwo' files=[] turns=0"
    )
