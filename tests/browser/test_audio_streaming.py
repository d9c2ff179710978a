"""gr.Audio in the page: microphone chunks stream to a `.stream()` listener until stopped,
output audio is drawn as a waveform, and an uploaded clip can be trimmed."""

from __future__ import annotations

import re
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

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
    fetched: list[str] = []
    app.on(
        "request",
        lambda r: (posted if r.method == "POST" else fetched).append(
            r.url.split("/gradio_api/")[-1]
        ),
    )
    mic = app.locator("#mic")
    mic.get_by_role("button", name="Record").click()
    expect(mic.get_by_test_id("recording-waveform")).to_be_visible()  # the live waveform
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
    # each chunk is uploaded first, plainly: no upload_id and no progress stream, as Gradio
    assert sum(p == "upload" for p in posted) >= 4
    assert not any("upload_progress" in p for p in fetched)

    mic.get_by_role("button", name="Stop").click()
    app.wait_for_timeout(400)
    assert any(p.endswith("/close") for p in posted)
    stopped_at = chunk_number(app)
    app.wait_for_timeout(900)
    assert chunk_number(app) <= stopped_at + 1
    expect(mic.get_by_role("button", name="Record")).to_be_visible()


def drawn_pixels(page: Page, selector: str) -> int:
    """How many pixels of the canvas under `selector` are not transparent."""
    return int(
        page.locator(selector).evaluate(
            """c => {
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let n = 0;
                for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
                return n;
            }"""
        )
    )


def test_an_output_clip_is_drawn_as_a_waveform_that_seeks_on_click(app: Page) -> None:
    app.locator("#make").click()
    out = app.locator("#out")
    expect(out.get_by_test_id("duration")).to_have_text("0:02")
    app.wait_for_function(
        "() => { const c = document.querySelector('#out canvas');"
        " return c && c.width > 0 && c.getContext('2d').getImageData(0, 0, c.width, c.height)"
        ".data.some((v, i) => i % 4 === 3 && v > 0); }"
    )
    canvas = out.locator("canvas")
    assert drawn_pixels(app, "#out canvas") > 500
    # the tone fades in: bars on the right are taller than bars on the left
    heights = canvas.evaluate(
        """c => [0.1, 0.9].map(f => {
            const x = Math.floor(c.width * f), d = c.getContext('2d').getImageData(x, 0, 6, c.height).data;
            let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; })"""
    )
    assert heights[1] > heights[0] * 2

    box = out.get_by_test_id("waveform").bounding_box()
    assert box is not None
    app.mouse.click(box["x"] + box["width"] * 0.6, box["y"] + box["height"] / 2)
    expect(out.get_by_test_id("time")).to_have_text("0:01")
    assert 1.05 < out.locator("audio").evaluate("a => a.currentTime") < 1.35
    # skip_length=5 is 5 % of the clip, as in Gradio: 0.1 s of this 2 s tone
    out.get_by_role("button", name="Skip backwards by 0.1 seconds").click()
    assert 0.95 < out.locator("audio").evaluate("a => a.currentTime") < 1.25


def wav_of_seconds(seconds: float, tmp_path: Path) -> Path:
    path = tmp_path / "clip.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(8000)
        wav.writeframes(b"\x00\x10\x00\xf0" * int(4000 * seconds))
    return path


def test_trimming_an_uploaded_clip_sends_the_shorter_clip_and_reset_restores_it(
    app: Page, tmp_path: Path
) -> None:
    clip = app.locator("#clip")
    clip.locator("input[type=file]").set_input_files(wav_of_seconds(3, tmp_path))
    length = app.locator("#length textarea")
    expect(length).to_have_value("3.00 s")

    clip.get_by_role("button", name="Trim audio to selection").click()
    expect(clip.get_by_test_id("trim-region")).to_be_visible()
    expect(clip.get_by_test_id("trim-duration")).to_have_text("0:01")  # 0.75 s, Gradio's default
    clip.get_by_role("button", name="Trim", exact=True).click()
    expect(length).to_have_value("0.75 s")  # the duration the server measured

    clip.get_by_role("button", name="Reset audio").click()
    expect(length).to_have_value("3.00 s")

    clip.get_by_role("button", name="Trim audio to selection").click()
    box = clip.get_by_test_id("waveform").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2

    def drag(start: float, end: float) -> None:
        app.mouse.move(box["x"] + box["width"] * start, y)
        app.mouse.down()
        app.mouse.move(box["x"] + box["width"] * (start + end) / 2, y, steps=4)
        app.mouse.move(box["x"] + box["width"] * end, y, steps=4)
        app.mouse.up()

    drag(0.6, 0.9)  # outside the region: a new one, 0.9 s
    expect(clip.get_by_test_id("trim-duration")).to_have_text("0:01")
    drag(0.9, 0.7)  # its end edge back: 0.3 s
    expect(clip.get_by_test_id("trim-duration")).to_have_text("0:00")
    drag(0.65, 0.15)  # the region itself, half the clip to the left: 0.3..0.6 s
    expect(clip.get_by_test_id("trim-region")).to_have_attribute(
        "style", re.compile(r"left: 10%; width: 10%")
    )
    drag(0.1, 0.6)  # its start edge to the right, past its end: 0.6..1.8 s
    clip.get_by_role("button", name="Trim", exact=True).click()
    expect(length).to_have_value(re.compile(r"1\.(1[5-9]|2[0-5]) s"))
    expect(clip.get_by_test_id("duration")).to_have_text("0:01")


def test_the_volume_slider_sets_the_players_volume(app: Page) -> None:
    app.locator("#make").click()
    out = app.locator("#out")
    expect(out.get_by_test_id("duration")).to_have_text("0:02")
    out.get_by_role("button", name="Adjust volume").click()
    expect(out.get_by_role("button", name=re.compile("Adjust playback speed"))).to_be_hidden()
    out.get_by_role("slider", name="Volume").fill("0.3")
    assert out.locator("audio").evaluate("a => a.volume") == pytest.approx(0.3)
