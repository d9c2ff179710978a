"""A tiny run of every benchmark against radiogram, so the suite cannot rot.

These are not timed tests: they check that each measurement runs end to end and that the
outputs the load generator verifies (echoed text, intact token streams, image round trips)
come back right.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import measure  # noqa: E402
import page  # noqa: E402

PYTHON = sys.executable


def test_import_cost_is_measured_in_a_fresh_process() -> None:
    figures = measure.import_cost(PYTHON, runs=1)
    assert 0 < figures["import_s"] < 5
    assert figures["import_rss_mb"] > 1


def test_startup_reaches_first_200_and_reports_idle_memory() -> None:
    figures = measure.startup(PYTHON, runs=1)
    assert figures["first_200_s"] > 0
    assert figures["idle_rss_mb"] > 1


def test_echo_load_gets_every_answer_right() -> None:
    figures = measure.echo_load(PYTHON, users=3, duration=1.0)
    assert figures["errors"] == 0
    assert figures["ok"] > 3
    assert figures["p50_ms"] <= figures["p99_ms"]


def test_streams_arrive_whole_and_in_order() -> None:
    figures = measure.streaming(PYTHON, users=4, tokens=30, rate=300)
    assert figures == {**figures, "intact": 4, "broken": 0}
    assert figures["server_cpu_s"] > 0 and figures["client_cpu_s"] > 0


def test_bare_starlette_baseline_streams_the_same_tokens() -> None:
    figures = measure.bare_streaming(PYTHON, users=2, tokens=30, rate=300)
    assert figures["intact"] == 2


def test_memory_growth_runs_every_event_and_reports_rss_before_and_after() -> None:
    figures = measure.memory_growth(PYTHON, events=40, users=4)
    assert figures["events"] == 40
    assert figures["errors"] == 0
    assert figures["rss_idle_mb"] > 0 and figures["rss_warm_mb"] > 0
    assert figures["rss_after_events_mb"] > 0


def test_image_and_chat_round_trips_complete() -> None:
    assert measure.image_round_trip(PYTHON, calls=2)["calls"] == 2
    assert measure.chat_round_trip(PYTHON, calls=2)["calls"] == 2


@pytest.mark.browser
def test_page_figures_are_measured_in_chromium() -> None:
    figures = page.browser_figures(PYTHON, loads=1, clicks=1)
    assert figures["page_requests"] >= 1
    assert figures["page_kb"] > 0
    assert figures["tti_ms"] > 0
    assert figures["click_rt_ms"] > 0
