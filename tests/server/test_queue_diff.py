"""The streaming diff encoder, replayed against every captured generator stream.

For each capture we rebuild the full value after each step by applying the captured
edits, then ask `diff` for the edits between consecutive values: they must be exactly
the ones Gradio sent.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import orjson
import pytest

from gradio.queue.diff import apply, diff
from gradio.server.sse import iter_events

CAPTURES = Path(__file__).parent.parent / "fixtures" / "captures"


def generating_steps_of_stream(capture: Path) -> list[list[Any]]:
    """The `output.data` of every `process_generating` of a stream (timings dropped)."""
    lines = [line for line in capture.read_text().splitlines() if not line.startswith("[t+")]
    messages = [orjson.loads(event["data"]) for event in iter_events(lines)]
    return [m["output"]["data"] for m in messages if m["msg"] == "process_generating"]


def generating_steps_of_summary(capture: Path) -> dict[str, list[list[Any]]]:
    """The summaries list one `{"msg", "data"}` per line under `##### case` headings."""
    cases: dict[str, list[list[Any]]] = {}
    name = ""
    for line in capture.read_text().splitlines():
        if line.startswith("##### "):
            name = line.removeprefix("##### ")
            name = name if name not in cases else name + "_2"
            cases[name] = []
        elif line.strip():
            message = orjson.loads(line)
            if message["msg"] == "process_generating":
                cases[name].append(message["data"])
    return cases


def assert_diffs_match(steps: list[list[Any]], granular: bool) -> None:
    values = steps[0]
    for sent in steps[1:]:
        new_values = [apply(copy.deepcopy(v), edits) for v, edits in zip(values, sent, strict=True)]
        ours = [diff(old, new, granular) for old, new in zip(values, new_values, strict=True)]
        assert ours == sent
        values = new_values


STREAMS = [
    "c_stream.count.queue_data.sse.txt",
    "c_stream.tokens.queue_data.sse.txt",
    "c2_diffs.two.queue_data.sse.txt",
    "g_queue.cancel_running_generator.queue_data.timed.txt",
]


@pytest.mark.parametrize("name", STREAMS)
def test_text_generator_diffs_match_the_capture(name: str) -> None:
    steps = generating_steps_of_stream(CAPTURES / name)
    assert len(steps) >= 3
    assert_diffs_match(steps, granular=True)


def test_json_output_diffs_replace_whole_values_like_the_capture() -> None:
    steps = generating_steps_of_stream(CAPTURES / "c2_diffs.jgen.queue_data.sse.txt")
    assert_diffs_match(steps, granular=False)


@pytest.mark.parametrize(
    "case", generating_steps_of_summary(CAPTURES / "c3_json_diffs.summary.txt").items(), ids=str
)
def test_json_summary_cases_match(case: tuple[str, list[list[Any]]]) -> None:
    assert_diffs_match(case[1], granular=False)


@pytest.mark.parametrize(
    "capture", ["c4_chatbot_diffs.summary.txt", "c5_dict_key_diffs.summary.txt"]
)
def test_chatbot_and_highlighted_text_diffs_are_granular_like_the_capture(capture: str) -> None:
    for steps in generating_steps_of_summary(CAPTURES / capture).values():
        assert_diffs_match(steps, granular=True)


def test_a_changed_string_that_is_not_an_extension_is_replaced() -> None:
    assert diff("gen 0", "gen 1") == [["replace", [], "gen 1"]]


def test_an_update_is_replaced_whole_rather_than_diffed() -> None:
    old = {"__type__": "update", "value": "a"}
    new = {"__type__": "update", "value": "ab"}
    assert diff(old, new) == [["replace", [], new]]


def test_a_bool_replacing_an_int_is_a_change() -> None:
    assert diff(1, True) == [["replace", [], True]]
    assert diff([1], [1]) == []


def test_applying_the_diff_rebuilds_the_new_value() -> None:
    old = [{"k": "a", "n": None}, "x", 3]
    new = [{"k": "ab", "m": [1]}, "y"]
    assert apply(copy.deepcopy(old), diff(old, new)) == new
