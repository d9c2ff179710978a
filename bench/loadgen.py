"""Load generator that speaks the Gradio queue protocol with N concurrent simulated users.

Each user has its own session: `POST /gradio_api/queue/join`, then reads
`GET /gradio_api/queue/data` until `close_stream`, applying streaming diffs to rebuild the
output. Reports events/s and p50/p90/p99 latency (join → `process_completed`).

    python bench/loadgen.py --url http://127.0.0.1:7860 --api-name echo --users 50 --duration 10
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import orjson
from rawhttp import Connection, HTTPError

API = "/gradio_api"


@dataclass
class CallResult:
    latency: float
    output: list[Any] | None
    steps: list[list[Any]] = field(default_factory=list)
    error: str | None = None


@dataclass
class LoadReport:
    users: int
    ok: int
    errors: int
    elapsed: float
    latencies: list[float]
    client_cpu: float = 0.0
    """CPU seconds the load generator itself used (all its processes)."""

    @property
    def events_per_s(self) -> float:
        return self.ok / self.elapsed if self.elapsed else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]

    def as_dict(self) -> dict[str, float]:
        return {
            "users": self.users,
            "ok": self.ok,
            "errors": self.errors,
            "events_per_s": round(self.events_per_s, 2),
            "p50_ms": round(self.percentile(50) * 1000, 2),
            "p90_ms": round(self.percentile(90) * 1000, 2),
            "p99_ms": round(self.percentile(99) * 1000, 2),
        }


def apply_diff(value: Any, ops: list[list[Any]]) -> Any:
    """Apply one output's list of [op, path, value] edits (protocol §6.4)."""
    for op, path, new in ops:
        if not path:
            value = value + new if op == "append" else new
            continue
        parent = value
        for key in path[:-1]:
            parent = parent[key]
        last = path[-1]
        if op == "replace":
            parent[last] = new
        elif op == "append":
            parent[last] = parent[last] + new
        elif op == "add":
            if isinstance(parent, list):
                parent.insert(last, new)
            else:
                parent[last] = new
        elif op == "delete":
            del parent[last]
    return value


async def fn_index_of(client: httpx.AsyncClient, url: str, api_name: str) -> int:
    config = (await client.get(f"{url}/config")).json()
    for dep in config["dependencies"]:
        if dep.get("api_name") == api_name:
            return int(dep["id"])
    raise LookupError(f"no endpoint named {api_name!r}")


async def sse_data(chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    """The `data:` payloads of an event stream, parsed from raw bytes.

    Cheaper than decoding lines: the load generator shares the machine with the server,
    so its own cost must stay small.
    """
    buffer = b""
    try:
        async for chunk in chunks:
            buffer += chunk.replace(b"\r\n", b"\n") if b"\r" in chunk else chunk
            *events, buffer = buffer.split(b"\n\n")
            for event in events:
                for line in event.split(b"\n"):
                    if line.startswith(b"data:"):
                        yield line[5:].lstrip(b" ")
    finally:
        # Stopping early must end the connection's stream now, not when it is collected.
        close = getattr(chunks, "aclose", None)
        if close is not None:
            await close()


async def queue_call(connection: Connection, fn_index: int, data: list[Any]) -> CallResult:
    """One event through the queue on a fresh session: join, then read the stream."""
    session = uuid.uuid4().hex
    started = time.perf_counter()
    body = orjson.dumps({"data": data, "fn_index": fn_index, "session_hash": session})
    status, _ = await connection.request("POST", f"{API}/queue/join", body)
    if status != 200:
        return CallResult(time.perf_counter() - started, None, error=f"join {status}")
    stream = connection.stream(f"{API}/queue/data?session_hash={session}")
    async with contextlib.aclosing(sse_data(stream)) as payloads:
        result = await _read_queue_stream(payloads, started)
    if result.output is None and result.error is None:
        result.error = "stream ended without process_completed"
    return result


async def _read_queue_stream(payloads: AsyncIterator[bytes], started: float) -> CallResult:
    """Rebuild one event's outputs from its stream's `data:` payloads."""
    result = CallResult(0.0, None)
    current: list[Any] | None = None
    async for payload in payloads:
        message = orjson.loads(payload)
        kind = message.get("msg")
        if kind == "process_generating":
            output = message["output"]["data"]
            if current is None:
                current = output
            else:
                current = [apply_diff(v, ops) for v, ops in zip(current, output, strict=True)]
            result.steps.append(list(current))
        elif kind == "process_completed":
            result.latency = time.perf_counter() - started
            if message.get("success"):
                result.output = message["output"]["data"]
            else:
                result.error = str(message["output"].get("error"))
        elif kind == "unexpected_error":
            result.error = str(message.get("message"))
        # `close_stream` is followed by the end of the body: read on to keep the connection.
    return result


async def bare_sse_call(connection: Connection) -> CallResult:
    """One call of the bare Starlette baseline (`apps/bare_sse_app.py`)."""
    started = time.perf_counter()
    result = CallResult(0.0, None)
    async for payload in sse_data(connection.stream("/stream")):
        value = orjson.loads(payload)
        if value != "[DONE]":
            result.steps.append([value])
    result.latency = time.perf_counter() - started
    result.output = result.steps[-1] if result.steps else None
    return result


async def run_load(
    call: Callable[[Connection], Awaitable[CallResult]],
    url: str,
    users: int,
    duration: float | None = None,
    requests_per_user: int | None = None,
    check: Callable[[CallResult], bool] = lambda r: r.error is None,
) -> LoadReport:
    """Run `users` concurrent loops of `call` for `duration` s or `requests_per_user` calls.

    Each user has its own keep-alive connection to `url`.
    """
    latencies: list[float] = []
    counts = {"ok": 0, "errors": 0}
    cpu_before = time.process_time()
    started = time.perf_counter()
    deadline = started + duration if duration else None

    async def user() -> None:
        connection = Connection(url)
        done = 0
        while True:
            if deadline is not None and time.perf_counter() >= deadline:
                break
            if requests_per_user is not None and done >= requests_per_user:
                break
            done += 1
            try:
                result = await call(connection)
            except (HTTPError, OSError) as error:
                connection.close()
                result = CallResult(0.0, None, error=repr(error))
            if check(result):
                counts["ok"] += 1
                latencies.append(result.latency)
            else:
                counts["errors"] += 1
        connection.close()

    await asyncio.gather(*(user() for _ in range(users)))
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_before
    return LoadReport(users, counts["ok"], counts["errors"], elapsed, latencies, cpu)


async def echo_load(url: str, users: int, duration: float, api_name: str = "echo") -> LoadReport:
    """`users` loops of echo calls for `duration` s; each output must be the text sent."""
    async with httpx.AsyncClient() as client:
        fn_index = await fn_index_of(client, url, api_name)

    async def call(connection: Connection) -> CallResult:
        return await echo_call(connection, fn_index)

    return await run_load(call, url, users, duration=duration)


async def echo_call(connection: Connection, fn_index: int) -> CallResult:
    """One echo event with a fresh random text; an output other than that text is an error."""
    text = uuid.uuid4().hex
    result = await queue_call(connection, fn_index, [text])
    if result.error is None and result.output != [text]:
        result.error = f"bad output {result.output!r}"
    return result


def expected_stream(tokens: int) -> str:
    """The whole text the stream apps produce with `tokens` tokens."""
    return "".join(f"t{i} " for i in range(tokens))


def stream_is_intact(result: CallResult, tokens: int) -> bool:
    """Every token arrived, in order: each step extends the previous one, ending complete."""
    if result.error is not None or not result.output:
        return False
    previous = ""
    for step in result.steps:
        text = step[0]
        if not isinstance(text, str) or not text.startswith(previous):
            return False
        previous = text
    return previous == expected_stream(tokens) and result.output[0] == previous


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--api-name", default="echo")
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--duration", type=float, default=10)
    args = parser.parse_args()
    report = asyncio.run(echo_load(args.url.rstrip("/"), args.users, args.duration, args.api_name))
    print(json.dumps(report.as_dict()))


if __name__ == "__main__":
    main()
