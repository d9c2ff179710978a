"""First page load in headless Chromium: bytes and requests, time to interactive, and the
click → output round trip, for the echo app (labels "x" and "output", button "Submit").

Both timings are taken inside the page (`performance.now()`), so the figures are the
app's, not Playwright's: see `PROBE`.
"""

from __future__ import annotations

import statistics
import time
import uuid
from typing import Any

from playwright.sync_api import Page, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout
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
RESOURCE_KINDS = ("document", "script", "stylesheet", "font", "other")
# Installed before any page script runs. `bench.field(label)` finds a text field by its
# label (a wrapping <label> in Gradio, <label for> in radiogram); `bench.tti` starts at once
# and, as soon as the "x" field and the Submit button exist, types a text and clicks,
# clicking again every 100 ms until the "output" field shows the text: the earliest moment
# the app answers a user. Driving it from inside the page keeps Playwright's own round
# trips (actionability checks, ~100-300 ms per action) out of the figure.
PROBE = """
window.bench = {
  field(label) {
    return [...document.querySelectorAll('textarea, input')].find((el) =>
      [...(el.labels || [])].some((l) => l.textContent.trim() === label));
  },
  button(name) {
    return [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
  },
  type(el, text) {
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  },
  async output(text) {
    while (bench.field('output')?.value !== text) await new Promise(requestAnimationFrame);
    return performance.now();
  },
};
window.bench.tti = (async () => {
  const text = 'tti-' + Math.random().toString(36).slice(2, 10);
  let clicked = -1e9;
  for (;;) {
    const box = bench.field('x'), submit = bench.button('Submit'), out = bench.field('output');
    if (out && out.value === text) return performance.now();
    if (box && submit && out && performance.now() - clicked > 100) {
      bench.type(box, text);
      submit.click();
      clicked = performance.now();
    }
    await new Promise((r) => setTimeout(r, 2));
  }
})();
"""


def page_weight(page: Page, url: str) -> dict[str, float]:
    """Bytes on the wire and requests of a cold load, until the echo app is usable.

    Also split by resource type (script, stylesheet, font, document, other), and the
    heaviest responses are printed, so a regression names its cause.
    """
    seen: list[tuple[str, str, int]] = []

    def on_finished(request: Any) -> None:
        sizes = request.sizes()
        size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
        seen.append((request.resource_type, request.url, size))

    page.on("requestfinished", on_finished)
    page.goto(url)
    try:
        page.get_by_label("x", exact=True).wait_for(timeout=30_000)
    except PlaywrightTimeout as error:
        raise RuntimeError(
            f"the echo app never showed its textbox at {url}: is the front end built "
            "(cd js && npm run build, or RADIOGRAM_FRONTEND_DIR)?"
        ) from error
    page.get_by_role("button", name="Submit").wait_for()
    page.wait_for_timeout(1000)  # late lazy chunks and fonts
    by_type: dict[str, float] = {f"{kind}_kb": 0.0 for kind in RESOURCE_KINDS}
    for kind, _, size in seen:
        key = f"{kind if kind in RESOURCE_KINDS else 'other'}_kb"
        by_type[key] += size / 1000
    for kind, address, size in sorted(seen, key=lambda s: -s[2])[:6]:
        print(f"    {size / 1000:8.1f} kB  {kind:<10} {address[-70:]}", flush=True)
    return {
        "page_kb": round(sum(size for _, _, size in seen) / 1000, 1),
        "page_requests": len(seen),
        **{key: round(value, 1) for key, value in by_type.items()},
    }


def time_to_interactive(page: Page, url: str) -> float:
    """ms from navigation start until the page answered its first type + click."""
    page.add_init_script(PROBE)
    page.goto(url, wait_until="commit")
    done: float = page.evaluate("window.bench.tti")
    return done


def click_round_trip(page: Page) -> float:
    """ms from a trusted click (pointer down) to the output showing the result."""
    text = uuid.uuid4().hex[:8]
    page.get_by_label("x", exact=True).fill(text)
    page.evaluate(
        "window.bench.down = null; document.addEventListener('pointerdown', "
        "() => { window.bench.down = performance.now(); }, { once: true, capture: true })"
    )
    page.get_by_role("button", name="Submit").click()
    done: float = page.evaluate("(text) => window.bench.output(text)", text)
    down: float = page.evaluate("window.bench.down")
    return done - down


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
            page.add_init_script(PROBE)
            page.goto(server.url + "/")
            page.evaluate("window.bench.tti")  # loaded and answering
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
