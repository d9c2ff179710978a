"""Run the benchmark suite for one implementation, or two side by side (A B A B ...).

    .venv/bin/python bench/run.py --compare                        # radiogram vs Gradio 6
    .venv/bin/python bench/run.py --python .venv/bin/python        # one implementation
    .venv/bin/python bench/run.py --compare --profile smoke        # tiny sizes, a minute

Figures go to stdout as a Markdown table and to bench/results/<stamp>.json. In compare mode
the ratio column is B/A (radiogram / Gradio by default); one run's ratios are what we quote,
since this machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import measure
import page

ROOT = Path(__file__).resolve().parent.parent
PROFILES: dict[str, dict[str, Any]] = {
    "smoke": dict(imports=2, starts=1, users=[2], duration=1.5, events=200, stream_users=5,
                  tokens=20, rate=100, calls=3, loads=1, clicks=2, rounds=1),
    "quick": dict(imports=5, starts=2, users=[1, 50], duration=5, events=3_000,
                  stream_users=250, tokens=500, rate=100, calls=10, loads=5, clicks=5, rounds=1),
    "full": dict(imports=9, starts=3, users=[1, 10, 50], duration=8, events=10_000,
                 stream_users=250, tokens=500, rate=100, calls=20, loads=9, clicks=10, rounds=2),
}  # fmt: skip


def scenarios(p: dict[str, Any]) -> dict[str, Callable[[str], dict[str, float]]]:
    """Name → measurement taking the interpreter under test."""
    table: dict[str, Callable[[str], dict[str, float]]] = {
        "import": lambda py: measure.import_cost(py, p["imports"]),
        "startup": lambda py: measure.startup(py, p["starts"]),
    }
    for users in p["users"]:
        table[f"echo_{users}u"] = partial(echo, users=users, duration=p["duration"])
    table["memory"] = lambda py: measure.memory_growth(py, p["events"])
    table["stream"] = lambda py: measure.streaming(py, p["stream_users"], p["tokens"], p["rate"])
    table["image"] = lambda py: measure.image_round_trip(py, p["calls"])
    table["chat"] = lambda py: measure.chat_round_trip(py, p["calls"])
    table["page"] = lambda py: page.browser_figures(py, p["loads"], p["clicks"])
    return table


def echo(python: str, users: int, duration: float) -> dict[str, float]:
    return measure.echo_load(python, users, duration)


def median_of(runs: list[dict[str, float]]) -> dict[str, float]:
    keys = runs[0].keys()
    return {k: statistics.median(r[k] for r in runs) for k in keys}


def run(
    sides: dict[str, str], profile: dict[str, Any], only: set[str] | None
) -> dict[str, dict[str, dict[str, float]]]:
    """Alternate the sides per scenario and round; return side → scenario → figures."""
    results: dict[str, dict[str, list[dict[str, float]]]] = {s: {} for s in sides}
    # The bare Starlette baseline runs on the last side's interpreter (radiogram's venv in
    # compare mode: uvicorn with uvloop and httptools, the strictest baseline for it).
    baseline = {"bare_starlette": list(sides.values())[-1]}
    for name, measure_fn in scenarios(profile).items():
        if only and name.split("_")[0] not in only and name not in only:
            continue
        # Memory is a figure of RSS, not of time: one long round says it all.
        for _ in range(1 if name == "memory" else profile["rounds"]):
            for side, python in sides.items():
                _measure(results, side, name, partial(measure_fn, python))
            if name == "stream":
                for side, python in baseline.items():
                    _measure(results, side, name, partial(bare_stream, python, profile))
    return {s: {n: median_of(r) for n, r in by.items()} for s, by in results.items()}


def bare_stream(python: str, profile: dict[str, Any]) -> dict[str, float]:
    p = profile
    return measure.bare_streaming(python, p["stream_users"], p["tokens"], p["rate"])


def _measure(
    results: dict[str, dict[str, list[dict[str, float]]]],
    side: str,
    name: str,
    measure_fn: Callable[[], dict[str, float]],
) -> None:
    started = time.perf_counter()
    figures = measure_fn()
    took = time.perf_counter() - started
    print(f"  {name:<10} {side:<14} {json.dumps(figures)} ({took:.0f} s)", flush=True)
    results.setdefault(side, {}).setdefault(name, []).append(figures)


def markdown(results: dict[str, dict[str, dict[str, float]]], sides: list[str]) -> str:
    header = "| scenario | metric | " + " | ".join(sides)
    header += " | ratio B/A |" if len(sides) == 2 else " |"
    lines = [header, "|" + "---|" * (len(sides) + 2 + (len(sides) == 2))]
    first = results[sides[0]]
    for name, figures in first.items():
        for metric, a in figures.items():
            row = [results[s].get(name, {}).get(metric, float("nan")) for s in sides]
            cells = " | ".join(f"{v:g}" for v in row)
            ratio = ""
            if len(sides) == 2:
                ratio = f" | {row[1] / a:.3g}" if a else " | -"
            lines.append(f"| {name} | {metric} | {cells}{ratio} |")
    bare = results.get("bare_starlette", {}).get("stream")
    ours = results[sides[-1]].get("stream")
    if bare and ours:
        # Against the ideal server: A = bare Starlette, B = the last side.
        a, b = bare["total_s"], ours["total_s"]
        cells = f"{a:g} | {b:g} | {b / a:.3g}" if len(sides) == 2 else f"{a:g} / {b:g}"
        lines.append(f"| stream | total_s: bare Starlette vs {sides[-1]} | {cells} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default=str(ROOT / ".venv/bin/python"))
    parser.add_argument("--label", default="radiogram", help="name of the --python side")
    parser.add_argument("--compare", action="store_true", help="A = Gradio, B = --python")
    parser.add_argument("--gradio-python", default=str(ROOT / ".venv-gradio/bin/python"))
    parser.add_argument("--profile", choices=sorted(PROFILES), default="quick")
    parser.add_argument("--only", help="comma-separated scenarios (import,startup,echo,...)")
    parser.add_argument("--footprint", action="store_true", help="also measure install size")
    parser.add_argument(
        "--load-procs", type=int, default=measure.LOAD_PROCESSES, help="client processes"
    )
    args = parser.parse_args()

    # Absolute, not resolved: a venv's python is a symlink that must keep its venv path.
    python, gradio_python = os.path.abspath(args.python), os.path.abspath(args.gradio_python)
    sides = {args.label: python}
    if args.compare:
        sides = {"gradio": gradio_python, args.label: python}
    only = set(args.only.split(",")) if args.only else None
    measure.LOAD_PROCESSES = args.load_procs
    results = run(sides, PROFILES[args.profile], only)
    if args.footprint:
        results[args.label]["footprint"] = measure.footprint(str(ROOT))
        if args.compare:
            results["gradio"]["footprint"] = measure.footprint("gradio==6.31.0")
    table = markdown(results, list(sides))
    print(table)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (out / f"{stamp}.json").write_text(json.dumps(results, indent=2))
    (out / f"{stamp}.md").write_text(table + "\n")
    sys.exit(0)


if __name__ == "__main__":
    main()
