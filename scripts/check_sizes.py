"""Fail when a source file grows past its size budget (600 lines; tests 800)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SOURCE_LIMIT = 600
TEST_LIMIT = 800
SUFFIXES = {".py", ".ts", ".svelte"}


def is_test(path: Path) -> bool:
    return path.parts[0] == "tests" or path.name.endswith(".test.ts") or "test" in path.parts


def main() -> int:
    listed = subprocess.run(["git", "ls-files"], capture_output=True, text=True, check=True)
    failures = []
    for name in listed.stdout.splitlines():
        path = Path(name)
        if path.suffix not in SUFFIXES or not path.exists():
            continue
        limit = TEST_LIMIT if is_test(path) else SOURCE_LIMIT
        lines = len(path.read_text(encoding="utf-8", errors="replace").splitlines())
        if lines > limit:
            failures.append(f"{name}: {lines} lines (limit {limit})")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
