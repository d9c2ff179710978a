"""Browser-test fixtures: each app file runs in its own server process; Chromium drives it.

An app file `tests/browser/apps/<name>.py` defines `demo` and ends with
`if __name__ == "__main__": demo.launch()`. `serve_app("<name>")` starts it once per test
session on a free port (via `GRADIO_SERVER_PORT`) and returns its URL.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

APPS = Path(__file__).parent / "apps"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
FAKE_MEDIA_ARGS = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]
STARTUP_TIMEOUT = 60.0


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_serving(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"app exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)
    raise RuntimeError(f"app did not answer 200 at {url} in time:\n{log.read_text()}")


@pytest.fixture(scope="session")
def serve_app() -> Iterator[Callable[[str], str]]:
    """Start `tests/browser/apps/<name>.py` (once per session) and return its base URL."""
    running: dict[str, tuple[str, subprocess.Popen[bytes]]] = {}
    workdir = Path(tempfile.mkdtemp(prefix="radiogram-browser-"))

    def start(name: str, **extra_env: str) -> str:
        key = name + repr(sorted(extra_env.items()))
        if key in running:
            return running[key][0]
        port = free_port()
        env = {
            **os.environ,
            "GRADIO_SERVER_PORT": str(port),
            "GRADIO_SERVER_NAME": "127.0.0.1",
            "GRADIO_TEMP_DIR": str(workdir / f"cache-{port}"),
            "GRADIO_ANALYTICS_ENABLED": "False",
            **extra_env,
        }
        log = workdir / f"{name}-{port}.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [sys.executable, str(APPS / f"{name}.py")],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=APPS,
            )
        url = f"http://127.0.0.1:{port}/"
        running[key] = (url, process)
        wait_until_serving(url, process, log)
        return url

    yield start
    for _, process in running.values():
        process.terminate()
    for _, process in running.values():
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


# Module scope, not session: Playwright's sync API keeps an asyncio loop running in the main
# thread while it is open, and in-process ASGI test clients in later modules refuse to start
# under a running loop.
@pytest.fixture(scope="module")
def playwright_instance() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright_instance: Playwright) -> Iterator[Browser]:
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def media_browser(playwright_instance: Playwright) -> Iterator[Browser]:
    """Chromium with a fake camera and microphone that are granted without prompting."""
    browser = playwright_instance.chromium.launch(
        executable_path=CHROMIUM, args=CHROMIUM_ARGS + FAKE_MEDIA_ARGS
    )
    yield browser
    browser.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context()
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    """A fresh page in a fresh profile; console errors are collected in `page.errors`."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors  # type: ignore[attr-defined]
    return page
