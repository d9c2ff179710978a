"""Progress in the browser: gr.Progress draws a bar over the output while the job runs."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect


def test_a_progress_bar_with_the_description_shows_then_the_result(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("toasts_demo"))
    page.get_by_role("button", name="Slow").click()
    bar = page.get_by_role("progressbar", name="Working")
    expect(bar).to_be_visible()
    expect(page.get_by_test_id("status-tracker")).to_contain_text("steps")
    expect(page.get_by_label("Result")).to_have_value("x done", timeout=15000)
    expect(bar).to_have_count(0)
