"""First page load in headless Chromium: bytes and requests, time to interactive, and the
click → output round trip, for the echo app (labels "x" and "output", button "Submit").
"""

from __future__ import annotations

import statistics
import time
import uuid
from typing import Any

from playwright.sync_api import Page, sync_playwright
from procs import start_app

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Resolves once the output field shows `text`; returns ms since navigation start.
WAIT_FOR_OUTPUT = """async (text) => {
  const find = () => [...document.querySelectorAll('textarea, input')]
      .find((el) => el.value === text);
  while (!find()) await new Promise((r) => requestAnimationFrame(r));
  return performance.now();
}"""


def page_weight(page: Page, url: str) -> dict[str, float]:
    """Bytes on the wire and requests of a cold load, until the echo app is usable."""
    sizes: list[int] = []

    def on_finished(request: Any) -> None:
        sizes_info = request.sizes()
        sizes.append(sizes_info["responseBodySize"] + sizes_info["responseHeadersSize"])

    page.on("requestfinished", on_finished)
    page.goto(url)
    page.get_by_label("x", exact=True).wait_for()
    page.get_by_role("button", name="Submit").wait_for()
    page.wait_for_timeout(1000)  # late lazy chunks and fonts
    return {"page_kb": round(sum(sizes) / 1000, 1), "page_requests": len(sizes)}


def time_to_interactive(page: Page, url: str) -> float:
    """ms from navigation start until the first fill + click has produced its output."""
    text = uuid.uuid4().hex[:8]
    page.goto(url)
    box = page.get_by_label("x", exact=True)
    box.fill(text)
    page.get_by_role("button", name="Submit").click()
    done: float = page.evaluate(WAIT_FOR_OUTPUT, text)
    return done


def click_round_trip(page: Page) -> float:
    """ms from a trusted click to the output showing the result, on a loaded page."""
    text = uuid.uuid4().hex[:8]
    page.get_by_label("x", exact=True).fill(text)
    started = page.evaluate("performance.now()")
    page.get_by_role("button", name="Submit").click()
    done: float = page.evaluate(WAIT_FOR_OUTPUT, text)
    return done - started


def browser_figures(python: str, loads: int, clicks: int) -> dict[str, float]:
    server = start_app(python, "echo_app")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            context = browser.new_context()
            weight = page_weight(context.new_page(), server.url + "/")
            context.close()
            ttis = []
            for _ in range(loads):
                context = browser.new_context()
                ttis.append(time_to_interactive(context.new_page(), server.url + "/"))
                context.close()
            context = browser.new_context()
            page = context.new_page()
            page.goto(server.url + "/")
            page.get_by_label("x", exact=True).wait_for()
            time.sleep(0.5)
            rts = [click_round_trip(page) for _ in range(clicks)]
            context.close()
            browser.close()
    finally:
        server.stop()
    return {
        **weight,
        "tti_ms": round(statistics.median(ttis), 1),
        "click_rt_ms": round(statistics.median(rts), 1),
    }
