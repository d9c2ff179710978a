"""Run one load over several client processes, so the clients are not the bottleneck.

One Python process with httpx reading hundreds of event streams costs about as much CPU
as the server it measures (it parses every `estimation`, every token). On a 2-core
machine a single client process then limits both servers to the same figure, which
hides the difference under test. Each worker process runs its share of the users; they
start together (the parent says "go" once every worker has connected and looked up its
endpoint) and the parent merges their reports.

    python bench/swarm.py '{"kind": "echo", "url": "http://127.0.0.1:7860", "users": 25}'

runs one worker by hand (it waits for a line on stdin before starting).
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import httpx
import loadgen
from rawhttp import Connection

Kind = Literal["echo", "queue", "bare"]
"""`echo`: the echo endpoint, output checked; `queue`: any endpoint with fixed data;
`bare`: the bare Starlette SSE baseline."""


@dataclass(kw_only=True)
class Workload:
    """What every simulated user does.

    Parameters:
        kind: which call each user repeats.
        url: the server.
        users: concurrent users (split over the processes).
        duration: run for this many seconds...
        requests_per_user: ...or until each user made this many calls.
        api_name: the endpoint (`queue` and `echo`).
        data: the input values (`queue`).
        tokens: when set, a call only counts if its stream carried all tokens in order.
    """

    kind: Kind
    url: str
    users: int
    duration: float | None = None
    requests_per_user: int | None = None
    api_name: str = "echo"
    data: list[Any] | None = None
    tokens: int | None = None


def run(workload: Workload, processes: int = 2) -> loadgen.LoadReport:
    """Run `workload` over up to `processes` client processes and merge their reports."""
    processes = max(1, min(processes, workload.users))
    shares = [workload.users // processes] * processes
    for i in range(workload.users % processes):
        shares[i] += 1
    workers = [
        subprocess.Popen(
            [sys.executable, str(Path(__file__)), json.dumps(asdict(workload) | {"users": n})],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in shares
    ]
    try:
        for worker in workers:
            assert worker.stdout is not None
            if worker.stdout.readline().strip() != "ready":
                raise RuntimeError("a load worker failed to start")
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        reports = [json.loads(worker.communicate()[0]) for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    return loadgen.LoadReport(
        users=workload.users,
        ok=sum(r["ok"] for r in reports),
        errors=sum(r["errors"] for r in reports),
        elapsed=max(r["elapsed"] for r in reports),
        latencies=[x for r in reports for x in r["latencies"]],
        client_cpu=sum(r["cpu"] for r in reports),
    )


async def work(workload: Workload) -> loadgen.LoadReport:
    """One worker: look the endpoint up, say "ready", wait for "go", run the users."""
    fn_index = -1
    if workload.kind != "bare":
        async with httpx.AsyncClient() as client:
            fn_index = await loadgen.fn_index_of(client, workload.url, workload.api_name)
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)

    async def call(connection: Connection) -> loadgen.CallResult:
        if workload.kind == "echo":
            return await loadgen.echo_call(connection, fn_index)
        if workload.kind == "bare":
            return await loadgen.bare_sse_call(connection)
        return await loadgen.queue_call(connection, fn_index, workload.data or [])

    tokens = workload.tokens

    def check(result: loadgen.CallResult) -> bool:
        if tokens is not None:
            return loadgen.stream_is_intact(result, tokens)
        return result.error is None

    return await loadgen.run_load(
        call,
        workload.url,
        workload.users,
        duration=workload.duration,
        requests_per_user=workload.requests_per_user,
        check=check,
    )


def main() -> None:
    workload = Workload(**json.loads(sys.argv[1]))
    report = asyncio.run(work(workload))
    print(
        json.dumps(
            {
                "ok": report.ok,
                "errors": report.errors,
                "elapsed": report.elapsed,
                "latencies": report.latencies,
                "cpu": report.client_cpu,
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
