"""Fixtures of the parity tests: both servers hosting every app, and Chromium.

The browser fixtures are the shared ones of `tests/browser/conftest.py`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.browser.conftest import browser, context, page, playwright_instance
from tests.parity.hosts import Hosts

__all__ = ["browser", "context", "hosts", "page", "playwright_instance"]


@pytest.fixture(scope="session")
def hosts() -> Iterator[Hosts]:
    """Real Gradio 6.31 and radiogram, each serving every parity app."""
    started = Hosts()
    yield started
    started.stop()
