"""Fixtures for the client tests: live servers of both kinds, and download directories."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from client.servers import Launcher, Servers


@pytest.fixture(scope="session")
def servers() -> Iterator[Servers]:
    started = Servers()
    yield started
    started.stop_all()


@pytest.fixture(scope="session", params=["real_gradio", "radiogram"])
def server_kind(request: pytest.FixtureRequest) -> str:
    """Which server the test talks to."""
    kind: str = request.param
    return kind


@pytest.fixture
def app_url(servers: Servers, server_kind: str) -> Launcher:
    """`app_url("blocks_app")` → base URL of that app, started on first use."""
    return lambda app: servers.url(server_kind, app)


@pytest.fixture
def download_dir(tmp_path: Path) -> Path:
    """A fresh directory for downloaded file outputs."""
    return tmp_path / "downloads"
