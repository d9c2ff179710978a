"""gr.Audio and gr.Video in the browser: uploads, playback events, fake microphone and webcam."""

from __future__ import annotations

import base64
import math
import re
import struct
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

# Record a short WebM clip in the page itself (canvas stream + MediaRecorder), so the test
# has a real video without ffmpeg.
RECORD_WEBM = """async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 32; canvas.height = 24;
    const ctx = canvas.getContext('2d');
    const stream = canvas.captureStream(10);
    const recorder = new MediaRecorder(stream, {mimeType: 'video/webm'});
    const chunks = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    recorder.start();
    for (let i = 0; i < 8; i++) {
        ctx.fillStyle = i % 2 ? '#f00' : '#00f';
        ctx.fillRect(0, 0, 32, 24);
        await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => { recorder.onstop = r; recorder.stop(); });
    const buffer = await new Blob(chunks).arrayBuffer();
    let binary = '';
    for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
    return btoa(binary);
}"""


@pytest.fixture
def tone(tmp_path: Path) -> Path:
    """Half a second of a 440 Hz tone, 8 kHz mono 16-bit."""
    path = tmp_path / "tone.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        samples = (int(8000 * math.sin(2 * math.pi * 440 * i / 8000)) for i in range(4000))
        out.writeframes(b"".join(struct.pack("<h", s) for s in samples))
    return path


@pytest.fixture
def app(page: Page, serve_app: Callable[[str], str]) -> Page:
    page.goto(serve_app("media_features"))
    expect(page.locator("#audio")).to_contain_text("Drop Audio Here")
    return page


def test_an_uploaded_wav_reaches_the_function_as_rate_and_samples(app: Page, tone: Path) -> None:
    app.locator("#audio input[type=file]").set_input_files(tone)
    expect(app.locator("#out textarea")).to_have_value("numpy rate=8000 samples=4000 dtype=int16")


def test_an_uploaded_clip_plays_in_a_player_that_reports_play_and_stop(
    app: Page, tone: Path
) -> None:
    app.locator("#audio input[type=file]").set_input_files(tone)
    player = app.locator("#audio audio")
    expect(player).to_have_attribute("src", re.compile(r"/gradio_api/file=.*tone\.wav$"))
    expect(app.locator("#audio").get_by_role("button", name="Download")).to_be_visible()
    player.evaluate("a => { a.muted = true; return a.play(); }")
    expect(app.locator("#events textarea")).to_have_value("play stop", timeout=10000)


def test_an_uploaded_video_reaches_the_server_and_plays_to_the_end(
    app: Page, tmp_path: Path
) -> None:
    clip = tmp_path / "clip.webm"
    clip.write_bytes(base64.b64decode(app.evaluate(RECORD_WEBM)))
    app.locator("#video input[type=file]").set_input_files(clip)
    expect(app.locator("#out textarea")).to_have_value(
        f"video clip.webm bytes={clip.stat().st_size}"
    )
    player = app.locator("#video video")
    app.wait_for_function("() => document.querySelector('#video video')?.readyState >= 1")
    player.evaluate("v => { v.muted = true; return v.play(); }")
    expect(app.locator("#events textarea")).to_have_value(re.compile(r"\bend\b"), timeout=10000)


@pytest.fixture
def devices_page(media_browser: Browser, serve_app: Callable[[str], str]) -> Iterator[Page]:
    context = media_browser.new_context()
    context.grant_permissions(["camera", "microphone"])
    page = context.new_page()
    page.goto(serve_app("media_features"))
    expect(page.locator("#microphone")).to_contain_text("Record")
    yield page
    context.close()


def test_a_microphone_recording_reaches_the_server(devices_page: Page) -> None:
    microphone = devices_page.locator("#microphone")
    microphone.get_by_role("button", name="Record").click()
    expect(microphone.get_by_role("button", name="Stop")).to_be_visible()
    expect(microphone.get_by_test_id("recording-waveform")).to_be_visible()
    devices_page.wait_for_timeout(1200)
    microphone.get_by_role("button", name="Stop").click()
    expect(devices_page.locator("#out textarea")).to_have_value("recording .webm nonempty=True")
    expect(devices_page.locator("#events textarea")).to_have_value("start_recording stop_recording")
    expect(microphone.get_by_test_id("waveform")).to_be_visible()  # the recording plays back


def test_a_webcam_recording_reaches_the_server(devices_page: Page) -> None:
    webcam = devices_page.locator("#webcam")
    devices_page.wait_for_function("() => document.querySelector('#webcam video')?.videoWidth > 0")
    webcam.get_by_role("button", name="Start recording").click()
    devices_page.wait_for_timeout(1200)
    webcam.get_by_role("button", name="Stop recording").click()
    expect(devices_page.locator("#out textarea")).to_have_value(
        re.compile(r"^video webcam\.webm bytes=[1-9]")
    )
    expect(devices_page.locator("#events textarea")).to_have_value("start_recording stop_recording")
