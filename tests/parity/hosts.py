"""Both servers, each serving every parity app (`host.py`), started once per test session.

`Hosts.url("gradio", "flip")` is the base URL of the flip app on real Gradio 6.31;
`Hosts.url("radiogram", "flip")` the same app on ours. The two hosts start in parallel
on free ports of 127.0.0.1 and are stopped by `stop()`.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.parity.dumping import HERE, PYTHON, Server, app_env

STARTUP_TIMEOUT = 180.0


class Hosts:
    """One `host.py` process per server kind."""

    def __init__(self) -> None:
        self.workdir = Path(tempfile.mkdtemp(prefix="radiogram-parity-"))
        self.ports: dict[Server, int] = {}
        self.processes: dict[Server, subprocess.Popen[bytes]] = {}
        with ThreadPoolExecutor(max_workers=2) as pool:
            list(pool.map(self._start, ("gradio", "radiogram")))

    def url(self, server: Server, app: str) -> str:
        """The base URL of `app` on `server`."""
        return f"http://127.0.0.1:{self.ports[server]}/{app}/"

    def _start(self, server: Server) -> None:
        port = free_port()
        workdir = self.workdir / server
        workdir.mkdir()
        env = {**app_env(workdir), "GRADIO_SERVER_PORT": str(port)}
        log = workdir / "server.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [str(PYTHON[server]), str(HERE / "host.py")],
                cwd=workdir,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.ports[server], self.processes[server] = port, process
        wait_until_serving(f"http://127.0.0.1:{port}/hello_world/config", process, log)

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_serving(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"host exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    process.kill()
    raise RuntimeError(f"host did not answer at {url} in time:\n{log.read_text()}")
