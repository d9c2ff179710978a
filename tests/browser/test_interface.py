"""The Interface greet example in the browser: submit, and the Clear button."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect


def test_submit_greets_and_clear_empties_both_boxes(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("interface_greet"))
    page.get_by_label("name").fill("World")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("Hello World!")
    page.get_by_role("button", name="Clear").click()
    expect(page.get_by_label("output")).to_have_value("")
    expect(page.get_by_label("name")).to_have_value("")


def test_the_layout_puts_inputs_left_of_outputs(page: Page, serve_app: Callable[..., str]) -> None:
    page.set_viewport_size({"width": 1200, "height": 800})
    page.goto(serve_app("interface_greet"))
    name_box = page.get_by_label("name").bounding_box()
    output_box = page.get_by_label("output").bounding_box()
    assert name_box is not None and output_box is not None
    assert name_box["x"] + name_box["width"] < output_box["x"]
    assert abs(name_box["y"] - output_box["y"]) < 2
