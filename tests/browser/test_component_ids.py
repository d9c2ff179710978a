"""Component ids are not layout positions: a component with id 0 renders like any other."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect


def test_a_component_with_id_zero_is_rendered_and_usable(
    page: Page, serve_app: Callable[[str], str]
) -> None:
    page.goto(serve_app("components_made_first"))
    page.get_by_label("x", exact=True).fill("zero")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output", exact=True)).to_have_value("echo: zero")
