"""An event that sets a media output fires its `change` once, as on Gradio (not twice)."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect


def test_image_and_audio_outputs_fire_change_once_per_new_value(
    page: Page, serve_app: Callable[[str], str]
) -> None:
    page.goto(serve_app("media_output_change"))
    page.get_by_role("button", name="Make image").click()
    expect(page.get_by_label("Image changes")).to_have_value("1")
    page.get_by_role("button", name="Make sound").click()
    expect(page.get_by_label("Audio changes")).to_have_value("1")
    page.get_by_role("button", name="Make image").click()
    expect(page.get_by_label("Image changes")).to_have_value("2")
    page.wait_for_timeout(1000)  # a second, duplicate change would land by now
    expect(page.get_by_label("Image changes")).to_have_value("2")
    expect(page.get_by_label("Audio changes")).to_have_value("1")
