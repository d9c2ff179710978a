"""Launch one parity app and write what its server describes: config and API info.

Runs under either interpreter (radiogram's `.venv` or Gradio's `.venv-gradio`), so it
imports nothing from the test suite:

    python dump.py apps/hello_world.py out.json

The app is launched on a free port of 127.0.0.1; `/config`, `/gradio_api/info` and
`/gradio_api/info?all_endpoints=true` are fetched over HTTP, and the app is closed.
"""

from __future__ import annotations

import importlib.util
import json
import socket
import sys
import urllib.request
from pathlib import Path
from typing import Any


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def load_demo(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(f"parity_app_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.demo


def fetch(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def main() -> None:
    app, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
    demo = load_demo(app)
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    base = f"http://127.0.0.1:{port}"
    try:
        dumped = {
            "config": fetch(f"{base}/config"),
            "info": fetch(f"{base}/gradio_api/info"),
            "info_all": fetch(f"{base}/gradio_api/info?all_endpoints=true"),
        }
    finally:
        demo.close()
    out.write_text(json.dumps(dumped, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
