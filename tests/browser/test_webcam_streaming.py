"""Streaming inputs in the browser: fake-camera frames reach a `.stream()` listener, whose
output updates again and again, until the user stops the stream."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Page, expect


@pytest.fixture
def camera_page(media_browser: Browser, serve_app: Callable[[str], str]) -> Iterator[Page]:
    context = media_browser.new_context()
    context.grant_permissions(["camera", "microphone"])
    page = context.new_page()
    page.goto(serve_app("streaming_inputs"))
    yield page
    context.close()


def frame_number(page: Page) -> int:
    match = re.match(r"frame (\d+):", page.locator("#seen textarea").input_value())
    return int(match.group(1)) if match else 0


def test_webcam_frames_stream_to_the_function_until_stopped(camera_page: Page) -> None:
    posted: list[str] = []
    camera_page.on(
        "request",
        lambda r: posted.append(r.url.split("/gradio_api/")[-1]) if r.method == "POST" else None,
    )
    camera = camera_page.locator("#cam")
    camera_page.wait_for_function("() => document.querySelector('#cam video')?.videoWidth > 0")
    camera.get_by_role("button", name="Start streaming").click()

    seen = camera_page.locator("#seen textarea")
    expect(seen).to_have_value(re.compile(r"frame \d+: \d+x\d+x3"))
    camera_page.wait_for_function(
        "() => /frame ([4-9]|\\d\\d+):/.test(document.querySelector('#seen textarea').value)"
    )
    expect(camera.locator("video")).to_be_visible()  # the live preview stays
    expect(camera_page.locator("#flipped img")).to_be_visible()
    joins = [p for p in posted if p.startswith("queue/join")]
    chunks = [p for p in posted if re.fullmatch(r"stream/[0-9a-f]{32}", p)]
    assert len(joins) == 1 and len(chunks) >= 3

    camera.get_by_role("button", name="Stop streaming").click()
    camera_page.wait_for_timeout(300)
    assert any(p.endswith("/close") for p in posted)
    stopped_at = frame_number(camera_page)
    camera_page.wait_for_timeout(800)
    assert frame_number(camera_page) <= stopped_at + 1
