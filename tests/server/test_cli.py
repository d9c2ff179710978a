"""`gradio app.py` serves the app a file defines."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def test_the_command_serves_the_demo_of_a_file_that_does_not_launch_it(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(
        "import gradio as gr\n"
        "def greet(name):\n    return 'Hello ' + name\n"
        "demo = gr.Interface(greet, 'text', 'text')\n"
    )
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "GRADIO_SERVER_PORT": str(port), "GRADIO_TEMP_DIR": str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "gradio.cli", str(app)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.post(
                    f"http://127.0.0.1:{port}/gradio_api/run/greet", json={"data": ["cli"]}
                )
                break
            except httpx.ConnectError:
                assert process.poll() is None, process.stdout.read() if process.stdout else ""
                assert time.monotonic() < deadline
                time.sleep(0.1)
        assert response.json()["data"] == ["Hello cli"]
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout:
            process.stdout.close()
