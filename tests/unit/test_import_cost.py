"""`import gradio` stays light: no numpy, PIL, pandas, httpx or pydantic, and little time."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("numpy", "PIL", "pandas", "httpx", "pydantic")


def test_import_gradio_loads_no_heavy_module() -> None:
    code = (
        "import sys, gradio\n"
        f"loaded = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "print(','.join(loaded))\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == ""


def test_import_gradio_loads_only_the_standard_library_besides_itself() -> None:
    # Timings on a shared machine are noise; which modules load is not. Measure the time
    # with `python -X importtime -c "import gradio"` (see the lead's report).
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import gradio\n"
        "new = set(sys.modules) - before\n"
        "top = {m.split('.')[0] for m in new}\n"
        "foreign = sorted(t for t in top if t != 'gradio' and t not in sys.stdlib_module_names)\n"
        "print(len(new), ','.join(foreign))\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    count, foreign = result.stdout.split(" ", 1)

    assert foreign.strip() == ""
    assert int(count) < 200
