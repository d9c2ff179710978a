"""Toasts in the browser: gr.Error, gr.Info, gr.Warning."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect


def test_gr_error_shows_an_error_toast_and_the_error_in_the_output(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("toasts_demo"))
    page.get_by_role("button", name="Fail").click()
    toast = page.get_by_test_id("toast-body").filter(has_text="Bad input: x")
    expect(toast).to_be_visible()
    expect(toast).to_contain_text("Error")
    tracker = page.get_by_test_id("status-tracker")
    expect(tracker.get_by_text("Error", exact=True)).to_be_visible()
    tracker.get_by_role("button", name="Clear status").click()
    expect(tracker).to_have_count(0)


def test_info_and_warning_show_toasts_without_failing(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("toasts_demo"))
    page.get_by_role("button", name="Inform").click()
    expect(page.get_by_test_id("toast-body").filter(has_text="Just so you know")).to_contain_text(
        "Info"
    )
    expect(page.get_by_test_id("toast-body").filter(has_text="Be careful")).to_contain_text(
        "Warning"
    )
    expect(page.get_by_label("Result")).to_have_value("x")


def test_a_toast_closes_with_its_button(page: Page, serve_app: Callable[..., str]) -> None:
    page.goto(serve_app("toasts_demo"))
    page.get_by_role("button", name="Fail").click()
    toast = page.get_by_test_id("toast-body")
    expect(toast).to_have_count(1)
    toast.get_by_role("button", name="Close").click()
    expect(toast).to_have_count(0)
