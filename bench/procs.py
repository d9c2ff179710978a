"""Server processes under test: start one app with a given interpreter, measure, stop it.

The harness never imports the `gradio` it measures: each app runs in a subprocess of the
interpreter under test, and everything is observed over HTTP and through /proc.
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
from dataclasses import dataclass, field
from pathlib import Path

APPS = Path(__file__).parent / "apps"
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def tree_pids(root: int) -> list[int]:
    """The process and all its descendants (apps may spawn workers)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo.extend(children.get(pid, []))
    return pids


def rss_mb(root: int) -> float:
    """Resident memory of a process tree in MB."""
    total = 0
    for pid in tree_pids(root):
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_SIZE
        except OSError:
            continue
    return total / 1e6


def cpu_seconds(root: int) -> float:
    """User + system CPU time of a process tree."""
    total = 0
    for pid in tree_pids(root):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / CLOCK_TICKS


@dataclass
class Server:
    """A running app server."""

    process: subprocess.Popen[bytes]
    url: str
    started_at: float
    ready_after: float = 0.0
    env: dict[str, str] = field(default_factory=dict)

    def rss_mb(self) -> float:
        return rss_mb(self.process.pid)

    def cpu_seconds(self) -> float:
        return cpu_seconds(self.process.pid)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def start_app(
    python: str, app: str, env: dict[str, str] | None = None, timeout: float = 90.0
) -> Server:
    """Start `apps/<app>.py` with `python` (and extra `env`); return once `GET /` answers 200."""
    port = free_port()
    full_env = {
        **os.environ,
        "GRADIO_SERVER_PORT": str(port),
        "GRADIO_SERVER_NAME": "127.0.0.1",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "HF_HUB_OFFLINE": "1",
        "GRADIO_TEMP_DIR": tempfile.mkdtemp(prefix="bench-cache-"),
        **(env or {}),
    }
    started = time.perf_counter()
    process = subprocess.Popen(
        [python, str(APPS / f"{app}.py")],
        env=full_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    server = Server(process, f"http://127.0.0.1:{port}", started, env=full_env)
    deadline = started + timeout
    while time.perf_counter() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{app} exited with {process.returncode} under {python}")
        try:
            with urllib.request.urlopen(server.url + "/", timeout=2) as response:
                if response.status == 200:
                    server.ready_after = time.perf_counter() - started
                    return server
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.02)
    server.stop()
    raise RuntimeError(f"{app} did not answer 200 within {timeout} s")
