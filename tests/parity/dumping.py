"""Run `dump.py` for a parity app under either server and read what it wrote.

`dump("gradio", "hello_world")` launches `apps/hello_world.py` with Gradio 6.31 from the
side virtualenv; `dump("radiogram", …)` with ours. Each run is a fresh process in a fresh
temporary working directory (block ids, caches and the cwd's files do not leak between
apps), so the two servers number their blocks the same way.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Literal

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
APPS = HERE / "apps"
FIXTURES = HERE / "fixtures"
DUMP = HERE / "dump.py"

Server = Literal["gradio", "radiogram"]
PYTHON: dict[Server, Path] = {
    "gradio": ROOT / ".venv-gradio" / "bin" / "python",
    "radiogram": ROOT / ".venv" / "bin" / "python",
}


def app_names() -> list[str]:
    """Every parity app, by file stem."""
    return sorted(path.stem for path in APPS.glob("*.py"))


def app_env(workdir: Path) -> dict[str, str]:
    """The environment an app runs in: no analytics, caches inside `workdir`."""
    env = {
        **os.environ,
        "GRADIO_ANALYTICS_ENABLED": "False",
        "GRADIO_TEMP_DIR": str(workdir / "cache"),
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("PYTHONPATH", None)
    return env


def dump(server: Server, app: str, timeout: float = 120) -> dict[str, Any]:
    """`{"config", "info", "info_all"}` as served by `server` for `app` (not normalised)."""
    with tempfile.TemporaryDirectory(prefix=f"parity-{server}-") as tmp:
        workdir = Path(tmp)
        out = workdir / "dump.json"
        done = subprocess.run(
            [str(PYTHON[server]), str(DUMP), str(APPS / f"{app}.py"), str(out)],
            cwd=workdir,
            env=app_env(workdir),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{server} could not dump {app}:\n{done.stdout}\n{done.stderr}")
        dumped: dict[str, Any] = json.loads(out.read_text())
        return dumped


def fixture_path(app: str) -> Path:
    """Where Gradio's normalised description of `app` is stored."""
    return FIXTURES / f"{app}.json"


def load_fixture(app: str) -> dict[str, Any]:
    """Gradio's normalised description of `app`, as recorded by `record.py`."""
    recorded: dict[str, Any] = json.loads(fixture_path(app).read_text())
    return recorded
