"""Record Gradio 6.31's normalised config and API info of every parity app as fixtures.

    .venv/bin/python -m tests.parity.record            # every app
    .venv/bin/python -m tests.parity.record flip sepia # some apps

Each app is launched by real Gradio (`.venv-gradio`) in a subprocess; what it serves is
normalised (`normalize.py`) and written to `fixtures/<app>.json`, so the parity tests
compare radiogram against these files without running Gradio.
"""

from __future__ import annotations

import json
import sys
from concurrent.futures import ThreadPoolExecutor

from tests.parity.dumping import app_names, dump, fixture_path
from tests.parity.normalize import normalized


def record(app: str) -> str:
    described = normalized(dump("gradio", app))
    fixture_path(app).write_text(json.dumps(described, indent=1, sort_keys=True) + "\n")
    return app


def main(apps: list[str]) -> None:
    with ThreadPoolExecutor(max_workers=3) as pool:
        for app in pool.map(record, apps or app_names()):
            print(f"recorded {app}")


if __name__ == "__main__":
    main(sys.argv[1:])
