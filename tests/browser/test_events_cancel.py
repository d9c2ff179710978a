"""Cancelling in the browser: a listener with cancels= stops a running generator."""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Page, expect


def test_stop_cancels_the_running_generator(page: Page, serve_app: Callable[..., str]) -> None:
    page.goto(serve_app("events_cancel"))
    cancels: list[str] = []
    page.on("request", lambda r: cancels.append(r.url) if r.url.endswith("/cancel") else None)
    page.get_by_role("button", name="Start").click()
    counter = page.get_by_label("Counter")
    expect(counter).to_have_value(re.compile(r"\d+"), timeout=5000)
    page.get_by_role("button", name="Stop").click()
    expect(page.get_by_test_id("status-tracker")).to_have_count(0)
    stopped_at = counter.input_value()
    page.wait_for_timeout(800)
    assert counter.input_value() == stopped_at
    assert len(cancels) == 1
