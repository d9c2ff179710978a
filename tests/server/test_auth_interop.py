"""Gradio's own `gradio_client` (side virtualenv) logging in to a radiogram app."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import gradio as gr
from gradio.server.app import create_app
from gradio.server.settings import ServerSettings

SIDE_PYTHON = Path(__file__).resolve().parents[2] / ".venv-gradio" / "bin" / "python"

SCRIPT = """
import sys
from gradio_client import Client
url = sys.argv[1]
for auth in (None, ("u", "wrong")):
    try:
        Client(url, auth=auth, verbose=False)
        print("connected without valid credentials")
    except Exception as error:
        print("refused:", type(error).__name__)
client = Client(url, auth=("u", "p"), verbose=False)
print("result:", client.predict("abc", api_name="/reverse"))
"""


def reverse(text: str) -> str:
    return text[::-1]


@pytest.mark.interop
def test_gradio_client_needs_the_password_and_then_works(
    serve: Callable[[Any], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))
    demo = gr.Interface(fn=reverse, inputs="text", outputs="text")
    base = serve(create_app(demo, ServerSettings(auth=("u", "p"))))
    finished = subprocess.run(
        [str(SIDE_PYTHON), "-c", SCRIPT, base],
        cwd=tmp_path,  # so the side interpreter cannot import radiogram's packages
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-2000:]
    assert finished.stdout.splitlines() == [
        "refused: AuthenticationError",
        "refused: ValueError",
        "result: cba",
    ]
