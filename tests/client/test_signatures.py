"""The public API has the same parameter names, order and defaults as gradio_client 2.7.2."""

from __future__ import annotations

import inspect
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import gradio_client
from gradio_client import Client, Job, handle_file

GRADIO_PYTHON = Path(__file__).resolve().parents[2] / ".venv-gradio" / "bin" / "python"
SUBJECTS = [
    "Client",
    "Client.predict",
    "Client.submit",
    "Client.view_api",
    "Client.reset_session",
    "Client.close",
    "Client.duplicate",
    "handle_file",
    "file",
    "Job.status",
    "Job.outputs",
    "Job.result",
    "Job.cancel",
]
DESCRIBE = """
import inspect, json, gradio_client
from gradio_client.client import Job
def describe(obj):
    return [(p.name, str(p.kind), repr(p.default)) for p in inspect.signature(obj).parameters.values()]
space = {"Client": gradio_client.Client, "Job": Job, "handle_file": gradio_client.handle_file,
         "file": gradio_client.file}
out = {}
for subject in SUBJECTS:
    obj = space[subject.split(".")[0]]
    for part in subject.split(".")[1:]:
        obj = getattr(obj, part)
    out[subject] = describe(obj)
print(json.dumps(out))
"""


def describe(obj: Callable[..., Any]) -> list[list[str]]:
    return [
        [p.name, str(p.kind), repr(p.default)] for p in inspect.signature(obj).parameters.values()
    ]


@pytest.fixture(scope="module")
def reference() -> dict[str, list[list[str]]]:
    """Signatures of the real gradio_client, read in the side virtualenv."""
    output = subprocess.run(
        [str(GRADIO_PYTHON), "-c", f"SUBJECTS = {SUBJECTS!r}\n{DESCRIBE}"],
        cwd="/",
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, list[list[str]]] = json.loads(output)
    return result


@pytest.mark.parametrize("subject", SUBJECTS)
def test_signature_matches_gradio_client(
    subject: str, reference: dict[str, list[list[str]]]
) -> None:
    space: dict[str, Any] = {"Client": Client, "Job": Job, "handle_file": handle_file}
    space["file"] = gradio_client.file
    obj = space[subject.split(".")[0]]
    for part in subject.split(".")[1:]:
        obj = getattr(obj, part)

    assert describe(obj) == reference[subject]
