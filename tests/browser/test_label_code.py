"""gr.Label and gr.Code in the browser: results from Python, selecting a class, editing code."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import BrowserContext, Page, expect


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("label_code_features"))
    expect(page.locator("#animals [data-testid='label-output-value']")).to_be_visible()
    return page


def test_a_confidence_dict_shows_the_top_class_and_a_bar_per_class(app: Page) -> None:
    animals = app.locator("#animals")
    expect(animals.get_by_test_id("label-output-value")).to_have_text("cat")
    expect(animals.locator(".confidence-set")).to_have_count(3)
    expect(animals.get_by_test_id("cat-confidence-set")).to_contain_text("70%")
    expect(animals.get_by_test_id("bird-confidence-set")).to_contain_text("10%")
    expect(animals.get_by_role("meter", name="dog")).to_have_attribute("aria-valuenow", "20")


def test_a_plain_label_is_shown_without_bars(app: Page) -> None:
    plain = app.locator("#plain")
    expect(plain.get_by_test_id("label-output-value")).to_have_text("plain label")
    expect(plain.locator(".confidence-set")).to_have_count(0)


def test_a_function_result_fills_the_label_cut_to_num_top_classes(app: Page) -> None:
    app.locator("#text textarea").fill("short text")
    app.locator("#text textarea").press("Enter")
    out = app.locator("#label_out")
    expect(out.get_by_test_id("label-output-value")).to_have_text("short")
    expect(out.get_by_test_id("short-confidence-set")).to_contain_text("50%")
    expect(out.locator(".confidence-set")).to_have_count(2)
    assert app.errors == []  # type: ignore[attr-defined]


def test_clicking_a_class_sends_select_with_its_label_and_index(app: Page) -> None:
    app.locator("#text textarea").fill("a fairly long sentence")
    app.locator("#text textarea").press("Enter")
    out = app.locator("#label_out")
    expect(out.get_by_test_id("label-output-value")).to_have_text("long")
    out.get_by_test_id("short-confidence-set").click()
    expect(app.locator("#selected textarea")).to_have_value("short at 1")


def test_an_empty_output_shows_a_placeholder_until_a_function_fills_it(app: Page) -> None:
    code_out = app.locator("#code_out")
    expect(code_out.locator(".empty")).to_be_visible()
    app.locator("#show").click()
    expect(code_out.locator(".line")).to_have_text(["print('hello')"])
    expect(code_out.locator(".empty")).to_have_count(0)


def test_code_is_coloured_for_its_language_with_line_numbers(app: Page) -> None:
    app.locator("#show").click()
    code_out = app.locator("#code_out")
    expect(code_out.locator(".hljs-string")).to_have_text("'hello'")
    editor = app.locator("#editor")
    expect(editor.locator(".hljs-keyword").first).to_have_text("def")
    expect(editor.locator(".hljs-comment")).to_have_text("# say hi")
    expect(editor.locator(".line-number")).to_have_text(["1", "2"])
    # The output is display-only: no editor to type into.
    expect(code_out.locator("textarea")).to_have_count(0)


def test_edits_in_an_interactive_code_reach_the_server(app: Page) -> None:
    editor = app.locator("#editor textarea")
    editor.fill("x = 1\ny = 2\nprint(x + y)")
    expect(app.locator("#echo textarea")).to_have_value("3 lines: x = 1\ny = 2\nprint(x + y)")
    expect(app.locator("#editor .line-number")).to_have_text(["1", "2", "3"])
    expect(app.locator("#editor .hljs-built_in")).to_have_text("print")


def test_typing_keeps_the_colours_in_step_and_max_lines_caps_the_height(app: Page) -> None:
    editor = app.locator("#editor textarea")
    editor.click()
    editor.press("Control+End")
    editor.press_sequentially("\n# a\n# b\n# c\n# d\n# e")
    expect(app.locator("#editor .line-number")).to_have_count(7)
    scroller = app.locator("#editor .scroller")
    line = app.locator("#editor .line").first.bounding_box()
    box = scroller.bounding_box()
    assert line is not None and box is not None
    # max_lines=6: six lines (plus padding) are visible, the seventh scrolls.
    assert box["height"] < 7 * line["height"]
    assert scroller.evaluate("el => el.scrollHeight > el.clientHeight")


def test_focus_and_blur_of_the_editor_reach_the_server(app: Page) -> None:
    app.locator("#editor textarea").focus()
    expect(app.locator("#focus_state textarea")).to_have_value("focused")
    app.locator("#text textarea").focus()
    expect(app.locator("#focus_state textarea")).to_have_value("blurred")


def test_the_copy_button_copies_the_code(app: Page, context: BrowserContext) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    app.locator("#editor").get_by_role("button", name="Copy").click()
    expect(app.locator("#editor").get_by_role("button", name="Copied")).to_be_visible()
    copied = app.evaluate("() => navigator.clipboard.readText()")
    assert copied == "def greet(name):\n    return 'Hello ' + name  # say hi"
