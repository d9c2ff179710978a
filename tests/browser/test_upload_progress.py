"""Uploads in the browser: the page follows P/upload_progress while a big file goes up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, Request, expect

SIZE = 2_000_000
BYTES_PER_SECOND = 1_000_000
PARTLY_UPLOADED = """() => {
  const bar = document.querySelector("#many progress");
  return bar !== null && bar.value > 0 && bar.value < 100;
}"""


def test_a_slow_upload_shows_its_progress_until_the_file_arrives(
    page: Page, serve_app: Callable[..., str], tmp_path: Path
) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(b"\0" * SIZE)
    page.goto(serve_app("file_features"))
    expect(page.locator("#many")).to_be_visible()
    throttle_uploads(page)
    requests: list[Request] = []
    page.on("request", lambda r: requests.append(r) if "upload" in r.url else None)

    page.locator("#many input[type=file]").set_input_files(big)
    progress = page.locator("#many").get_by_test_id("upload-progress")
    expect(progress).to_contain_text("Uploading 1 file...")
    expect(progress.get_by_role("progressbar", name="big.bin")).to_be_visible()
    page.wait_for_function(PARTLY_UPLOADED)

    expect(page.get_by_label("Received")).to_have_value(f"many big.bin:{SIZE}", timeout=20000)
    expect(progress).to_have_count(0)
    posts = [r.url for r in requests if r.method == "POST"]
    streams = [r.url for r in requests if "upload_progress" in r.url]
    assert len(posts) == 1 and len(streams) == 1
    assert posts[0].split("upload_id=")[1] == streams[0].split("upload_id=")[1]


def throttle_uploads(page: Page) -> None:
    """Send at about 1 MB/s so the upload lasts long enough to watch."""
    session = page.context.new_cdp_session(page)
    session.send("Network.enable")
    conditions = {"offline": False, "latency": 0, "downloadThroughput": -1}
    session.send(
        "Network.emulateNetworkConditions", {**conditions, "uploadThroughput": BYTES_PER_SECOND}
    )
