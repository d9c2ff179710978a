"""The `gradio` command: `gradio app.py` runs an app file and serves its demo.

The file runs as `__main__`, so an app ending in `demo.launch()` serves itself. If the
file only builds an app, the Blocks named `demo` (or `--demo-name`) is launched.
Live reloading is not provided.
"""

from __future__ import annotations

import argparse
import runpy
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Run `gradio <app.py> [--demo-name NAME]`; returns the exit status."""
    parser = argparse.ArgumentParser(prog="gradio", description="Run a Gradio app file.")
    parser.add_argument("path", help="the Python file defining the app")
    parser.add_argument("--demo-name", default="demo", help="the variable holding the app")
    args = parser.parse_args(argv)
    path = Path(args.path)
    if not path.is_file():
        parser.error(f"no such file: {path}")
    sys.path.insert(0, str(path.resolve().parent))
    namespace = runpy.run_path(str(path), run_name="__main__")
    demo = namespace.get(args.demo_name)
    if demo is None or not hasattr(demo, "launch"):
        if _served_something():
            return 0
        parser.error(f"{path} defines no app named {args.demo_name!r}")
    if getattr(demo, "server", None) is None:
        demo.launch()
    return 0


def _served_something() -> bool:
    from gradio.server import launch

    return bool(list(launch._running))


if __name__ == "__main__":
    raise SystemExit(main())
