"""gr.Audio in the page: microphone chunks stream to a `.stream()` listener until stopped,
output audio is drawn as a waveform, and an uploaded clip can be trimmed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Page, expect


@pytest.fixture
def app(media_browser: Browser, serve_app: Callable[[str], str]) -> Iterator[Page]:
    context = media_browser.new_context()
    context.grant_permissions(["microphone"])
    page = context.new_page()
    page.goto(serve_app("audio_streaming"))
    expect(page.locator("#mic").get_by_role("button", name="Record")).to_be_visible()
    yield page
    context.close()


def chunk_number(page: Page) -> int:
    match = re.match(r"chunk (\d+):", page.locator("#seen textarea").input_value())
    return int(match.group(1)) if match else 0


def test_microphone_chunks_stream_to_the_function_until_stopped(app: Page) -> None:
    posted: list[str] = []
    app.on(
        "request",
        lambda r: posted.append(r.url.split("/gradio_api/")[-1]) if r.method == "POST" else None,
    )
    mic = app.locator("#mic")
    mic.get_by_role("button", name="Record").click()
    expect(app.locator("#seen textarea")).to_have_value(
        re.compile(r"chunk \d+: \d+ Hz, \d+ samples")
    )
    app.wait_for_function(
        "() => /chunk ([4-9]|\\d\\d+):/.test(document.querySelector('#seen textarea').value)"
    )
    rate, samples = re.findall(
        r"(\d+) Hz, (\d+) samples", app.locator("#seen textarea").input_value()
    )[0]
    assert 0.15 < int(samples) / int(rate) < 0.6  # about stream_every (0.3 s) of sound each
    joins = [p for p in posted if p.startswith("queue/join")]
    chunks = [p for p in posted if re.fullmatch(r"stream/[0-9a-f]{32}", p)]
    assert len(joins) == 1 and len(chunks) >= 3
    assert sum(p.startswith("upload") for p in posted) >= 4  # each chunk is uploaded first

    mic.get_by_role("button", name="Stop").click()
    app.wait_for_timeout(400)
    assert any(p.endswith("/close") for p in posted)
    stopped_at = chunk_number(app)
    app.wait_for_timeout(900)
    assert chunk_number(app) <= stopped_at + 1
    expect(mic.get_by_role("button", name="Record")).to_be_visible()
