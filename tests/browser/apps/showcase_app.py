"""The README's showcase app (demo/showcase.py), served for the browser tests."""

from __future__ import annotations

import runpy
from pathlib import Path

SHOWCASE = Path(__file__).resolve().parents[3] / "demo" / "showcase.py"
demo = runpy.run_path(str(SHOWCASE))["demo"]

if __name__ == "__main__":
    demo.launch()
