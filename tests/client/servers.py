"""Live servers for the client tests: each test app runs as a subprocess, once per session.

Every live test runs against both server kinds: `real_gradio` (Gradio 6.31 from the side
virtualenv `.venv-gradio`) and `radiogram` (our server, from `.venv`). Both are started
the same way: `python apps/<name>.py` with `GRADIO_SERVER_PORT` and `GRADIO_SERVER_NAME`.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = Path(__file__).parent / "apps"
PYTHON = {
    "real_gradio": ROOT / ".venv-gradio" / "bin" / "python",
    "radiogram": ROOT / ".venv" / "bin" / "python",
}
STARTUP_TIMEOUT = 90.0

Launcher = Callable[[str], str]


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
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers (e.g. 401 behind a login)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise RuntimeError(f"app did not answer at {url} in time:\n{log.read_text()}")


class Servers:
    """Starts app files on demand and stops them at the end of the session."""

    def __init__(self) -> None:
        self.workdir = Path(tempfile.mkdtemp(prefix="radiogram-client-"))
        self.running: dict[tuple[str, str], tuple[str, subprocess.Popen[bytes]]] = {}
        self.failed: dict[tuple[str, str], str] = {}

    def url(self, kind: str, app: str, path: str = "") -> str:
        key = (kind, app)
        if key in self.failed:  # do not pay for a start that already failed once
            raise RuntimeError(self.failed[key])
        if key not in self.running:
            try:
                self.running[key] = self._start(kind, app, path)
            except RuntimeError as exc:
                self.failed[key] = str(exc)
                raise
        return self.running[key][0]

    def restart(self, kind: str, app: str) -> None:
        """Stop an app and start it again on the same port."""
        url, process = self.running.pop((kind, app))
        _stop(process)
        port = int(url.rstrip("/").rsplit(":", 1)[1].split("/")[0])
        self.running[(kind, app)] = self._start(kind, app, "", port)

    def _start(
        self, kind: str, app: str, path: str, port: int | None = None
    ) -> tuple[str, subprocess.Popen[bytes]]:
        port = port or free_port()
        workdir = self.workdir / f"{kind}-{app}"
        workdir.mkdir(exist_ok=True)
        env = {
            **os.environ,
            "GRADIO_SERVER_PORT": str(port),
            "GRADIO_SERVER_NAME": "127.0.0.1",
            "GRADIO_ANALYTICS_ENABLED": "False",
            "GRADIO_TEMP_DIR": str(workdir / "cache"),
            "PYTHONUNBUFFERED": "1",
        }
        env.pop("PYTHONPATH", None)
        log = workdir / "server.log"
        with open(log, "ab") as out:
            process = subprocess.Popen(
                [str(PYTHON[kind]), str(APPS / f"{app}.py")],
                cwd=workdir,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        url = f"http://127.0.0.1:{port}{path}/"
        try:
            wait_until_serving(url + "config", process, log)
        except RuntimeError:
            _stop(process)
            raise
        return url, process

    def stop_all(self) -> None:
        for _, process in self.running.values():
            _stop(process)
        self.running.clear()


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
