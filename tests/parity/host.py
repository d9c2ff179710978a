"""Serve every parity app from one process, each mounted at `/<app name>`.

Runs under either interpreter (like `dump.py`), so one server start covers all apps:

    GRADIO_SERVER_PORT=7861 python host.py

Starting real Gradio costs seconds of imports; mounting all apps on one host pays
that once instead of once per app.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

import gradio as gr

APPS = Path(__file__).resolve().parent / "apps"


def load_demo(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(f"parity_app_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.demo


def build() -> FastAPI:
    app = FastAPI()
    for path in sorted(APPS.glob("*.py")):
        app = gr.mount_gradio_app(app, load_demo(path), path=f"/{path.stem}")
    return app


if __name__ == "__main__":
    uvicorn.run(
        build(),
        host="127.0.0.1",
        port=int(os.environ["GRADIO_SERVER_PORT"]),
        log_level="warning",
    )
