"""One measurement per function; each takes the interpreter under test and returns figures.

Every function starts what it needs in fresh processes and stops it again, so measurements
of two implementations can be interleaved (A B A B) in one run.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import loadgen
import swarm
from procs import start_app
from rawhttp import Connection

IMPORT_PROBE = (
    "import time, os; t = time.perf_counter(); import gradio; d = time.perf_counter() - t; "
    "rss = int(open('/proc/self/statm').read().split()[1]) * os.sysconf('SC_PAGE_SIZE'); "
    "print(d, rss / 1e6)"
)
# A 256x256 PNG with a gradient, made once with the stdlib (no numpy/PIL in the harness).
PNG_SIDE = 256
LOAD_PROCESSES = 2
"""Client processes the load scenarios spread their users over (`run.py --load-procs`)."""


def import_cost(python: str, runs: int) -> dict[str, float]:
    """Median `import gradio` time (s) and RSS after import (MB) over fresh processes."""
    times, rss = [], []
    for _ in range(runs):
        # Run outside the repository: `python -c` puts the cwd first on sys.path.
        out = subprocess.run(
            [python, "-c", IMPORT_PROBE], capture_output=True, text=True, cwd=tempfile.gettempdir()
        )
        if out.returncode != 0:
            raise RuntimeError(out.stderr)
        seconds, megabytes = map(float, out.stdout.split())
        times.append(seconds)
        rss.append(megabytes)
    return {"import_s": statistics.median(times), "import_rss_mb": statistics.median(rss)}


def startup(python: str, runs: int) -> dict[str, float]:
    """Process start → first HTTP 200 (s), and idle RSS (MB) of the echo app."""
    ready, idle = [], []
    for _ in range(runs):
        server = start_app(python, "echo_app")
        ready.append(server.ready_after)
        time.sleep(1.0)
        idle.append(server.rss_mb())
        server.stop()
    return {"first_200_s": statistics.median(ready), "idle_rss_mb": statistics.median(idle)}


def echo_load(python: str, users: int, duration: float) -> dict[str, float]:
    """Echo Interface throughput and latency with `users` concurrent users."""
    server = start_app(python, "echo_app")
    try:
        cpu_before = server.cpu_seconds()
        workload = swarm.Workload(kind="echo", url=server.url, users=users, duration=duration)
        report = swarm.run(workload, LOAD_PROCESSES)
        cpu = server.cpu_seconds() - cpu_before
    finally:
        server.stop()
    figures = report.as_dict()
    figures["server_cpu_ms_per_event"] = round(1000 * cpu / max(report.ok, 1), 3)
    figures["server_cpu_pct"] = round(100 * cpu / report.elapsed, 1)
    figures["client_cpu_pct"] = round(100 * report.client_cpu / report.elapsed, 1)
    return figures


def memory_growth(python: str, events: int, users: int = 50) -> dict[str, float]:
    """Idle RSS, RSS after a warm-up, then RSS after `events` echo events.

    The budget compares with the idle figure; the warm figure separates one-time costs
    (modules imported by the first event, thread pools) from growth per event (a leak).
    """
    server = start_app(python, "echo_app")
    try:
        time.sleep(1.0)
        idle = server.rss_mb()
        per_user = max(1, (events - max(1, events // 100)) // users)
        warmup = max(1, events - per_user * users)
        first = swarm.run(
            swarm.Workload(kind="echo", url=server.url, users=1, requests_per_user=warmup), 1
        )
        time.sleep(1.0)
        warm = server.rss_mb()
        report = swarm.run(
            swarm.Workload(kind="echo", url=server.url, users=users, requests_per_user=per_user),
            LOAD_PROCESSES,
        )
        time.sleep(2.0)
        after = server.rss_mb()
    finally:
        server.stop()
    return {
        "events": first.ok + report.ok,
        "errors": first.errors + report.errors,
        "rss_idle_mb": round(idle, 1),
        "rss_warm_mb": round(warm, 1),
        "rss_after_events_mb": round(after, 1),
        "rss_growth_pct": round(100 * (after - idle) / idle, 1),
        "rss_growth_after_warmup_pct": round(100 * (after - warm) / warm, 1),
    }


def streaming(python: str, users: int, tokens: int, rate: float) -> dict[str, float]:
    """`users` at once, each streaming `tokens` tokens at `rate`/s; total wall time."""
    return _stream_load(python, "stream_app", "queue", users, tokens, rate)


def bare_streaming(python: str, users: int, tokens: int, rate: float) -> dict[str, float]:
    """The same streaming load against a bare Starlette SSE endpoint (the ideal server)."""
    return _stream_load(python, "bare_sse_app", "bare", users, tokens, rate)


def _stream_load(
    python: str, app: str, kind: swarm.Kind, users: int, tokens: int, rate: float
) -> dict[str, float]:
    env = {"BENCH_TOKENS": str(tokens), "BENCH_RATE": str(rate)}
    server = start_app(python, app, env)
    try:
        cpu_before = server.cpu_seconds()
        workload = swarm.Workload(
            kind=kind,
            url=server.url,
            users=users,
            requests_per_user=1,
            api_name="stream",
            data=["go"],
            tokens=tokens,
        )
        report = swarm.run(workload, LOAD_PROCESSES)
        cpu = server.cpu_seconds() - cpu_before
    finally:
        server.stop()
    return {
        "total_s": round(report.elapsed, 3),
        "intact": report.ok,
        "broken": report.errors,
        "server_cpu_s": round(cpu, 2),
        "client_cpu_s": round(report.client_cpu, 2),
    }


def png_bytes(side: int = PNG_SIDE) -> bytes:
    """A small RGB gradient PNG encoded with zlib (the harness has no PIL)."""
    import struct
    import zlib

    rows = b"".join(
        b"\x00" + b"".join(bytes((x % 256, y % 256, (x * y) % 256)) for x in range(side))
        for y in range(side)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def image_round_trip(python: str, calls: int) -> dict[str, float]:
    """Upload a 256x256 PNG, flip it through the queue, download the result."""
    server = start_app(python, "image_app")
    latencies = []
    try:

        async def drive() -> None:
            async with httpx.AsyncClient(timeout=60) as client:
                fn_index = await loadgen.fn_index_of(client, server.url, "flip")
                async with Connection(server.url) as connection:
                    image = png_bytes()
                    for _ in range(calls):
                        started = time.perf_counter()
                        uploaded = await client.post(
                            f"{server.url}/gradio_api/upload",
                            files=[("files", (f"{uuid.uuid4().hex}.png", image, "image/png"))],
                        )
                        path = uploaded.json()[0]
                        payload = {"path": path, "meta": {"_type": "gradio.FileData"}}
                        result = await loadgen.queue_call(connection, fn_index, [payload])
                        if result.error or not result.output:
                            raise RuntimeError(f"image call failed: {result.error}")
                        got = await client.get(result.output[0]["url"])
                        got.raise_for_status()
                        latencies.append(time.perf_counter() - started)

        asyncio.run(drive())
    finally:
        server.stop()
    return {"calls": calls, "median_ms": round(1000 * statistics.median(latencies), 2)}


def chat_round_trip(python: str, calls: int) -> dict[str, float]:
    """Stream a ChatInterface reply through its public endpoint, sequentially."""
    server = start_app(python, "chat_app")
    latencies = []
    try:

        async def drive() -> None:
            async with httpx.AsyncClient(timeout=60) as client:
                fn_index = await loadgen.fn_index_of(client, server.url, "bot")
                async with Connection(server.url) as connection:
                    for i in range(calls):
                        # The endpoint's second input is the history State (sent as null).
                        data = [f"hi {i}", None]
                        result = await loadgen.queue_call(connection, fn_index, data)
                        if result.error is not None:
                            raise RuntimeError(f"chat call failed: {result.error}")
                        latencies.append(result.latency)

        asyncio.run(drive())
    finally:
        server.stop()
    return {"calls": calls, "median_ms": round(1000 * statistics.median(latencies), 2)}


def footprint(spec: str) -> dict[str, float]:
    """Size (MB) of a fresh virtualenv after `pip install <spec>` (excluding pip itself)."""
    with tempfile.TemporaryDirectory(prefix="bench-venv-") as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run(["python3", "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "pip"), "install", "-q", "--disable-pip-version-check"]
        subprocess.run([*pip, spec], check=True)
        site = next(venv.glob("lib/python*/site-packages"))
        total = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
        pip_dirs = [d for d in site.iterdir() if d.name.startswith(("pip", "setuptools"))]
        pip_size = sum(f.stat().st_size for d in pip_dirs for f in d.rglob("*") if f.is_file())
    return {"installed_mb": round((total - pip_size) / 1e6, 1)}


def to_json(figures: Any) -> str:
    return json.dumps(figures, indent=2, sort_keys=True)
