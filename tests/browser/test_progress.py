"""Progress in the browser: gr.Progress draws a bar over the output while the job runs or streams."""

from __future__ import annotations

import re
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


def test_a_generator_with_progress_shows_the_bar_over_its_output_while_streaming(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("progress_streaming"))
    page.get_by_role("button", name="Count").click()
    block = page.locator("#counted")
    bar = block.get_by_role("progressbar", name="counting")
    expect(bar).to_have_attribute("aria-valuetext", re.compile(r"counting: [2-7] / 8 steps"))
    expect(block.get_by_label("Counted")).to_have_value(re.compile(r"^1 2"))
    expect(block.get_by_test_id("status-tracker")).to_contain_text(
        re.compile(r"counting - \d+\.\d%")
    )
    expect(bar).to_be_visible()
    expect(block.get_by_label("Counted")).to_have_value("1 2 3 4 5 6 7 8", timeout=15000)
    expect(bar).to_have_count(0)


def test_a_generator_looping_over_progress_tqdm_keeps_its_bar_while_streaming(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("progress_streaming"))
    page.get_by_role("button", name="Loop").click()
    block = page.locator("#looped")
    expect(block.get_by_label("Looped")).to_have_value(re.compile(r"^1 2 3"))
    expect(block.get_by_role("progressbar", name="looping")).to_be_visible(timeout=1000)


def test_a_generator_without_progress_pulses_the_border_and_shows_its_values(
    page: Page, serve_app: Callable[..., str]
) -> None:
    page.goto(serve_app("progress_streaming"))
    page.get_by_role("button", name="Stream").click()
    block = page.locator("#streamed")
    expect(block.get_by_label("Streamed")).to_have_value(re.compile(r"^1 2"))
    tracker = block.get_by_test_id("status-tracker")
    expect(tracker).to_have_attribute("aria-label", "Streaming")
    expect(tracker).to_have_text("")
    expect(block.get_by_label("Streamed")).to_be_visible()
    expect(block.get_by_label("Streamed")).to_have_value("1 2 3 4 5 6 7 8", timeout=15000)
    expect(tracker).to_have_count(0)
