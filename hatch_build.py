"""Build the front end (npm workspace under js/) into gradio/templates/frontend.

Runs on every wheel and editable build. Set RADIOGRAM_SKIP_JS_BUILD=1 to skip it
(e.g. while iterating on Python only); the server then serves a minimal page.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class FrontendBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if os.environ.get("RADIOGRAM_SKIP_JS_BUILD") == "1":
            return
        js = Path(self.root) / "js"
        if not (js / "package.json").exists():
            return
        npm = shutil.which("npm")
        if npm is None:
            raise RuntimeError("radiogram: building the front end needs Node.js >= 18 and npm")
        if not (js / "node_modules").exists():
            subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=js, check=True)
        subprocess.run([npm, "run", "build"], cwd=js, check=True)
