"""The sans-IO protocol layer, checked against streams captured from real Gradio 6.31."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from gradio_client.exceptions import AppError
from gradio_client.protocol import (
    HIDDEN_ERROR,
    OutputTracker,
    SSEDecoder,
    apply_diff,
    cancel_payload,
    error_of_output,
    is_cancelled_output,
    iter_messages,
    join_payload,
)
from gradio_client.status import Status, status_of_message

CAPTURES = Path(__file__).resolve().parents[1] / "fixtures" / "captures"
QUEUE_STREAMS = sorted(CAPTURES.glob("*.queue_data.sse.txt"))
SUMMARIES = sorted(CAPTURES.glob("c[345]_*.summary.txt"))


def read_stream(name: str) -> list[dict[str, Any]]:
    return list(iter_messages((CAPTURES / name).read_text().splitlines()))


def replay(messages: list[dict[str, Any]]) -> tuple[list[Any] | None, list[Any] | None]:
    """Rebuild an event's outputs; return (last rebuilt generating values, completed data)."""
    tracker = OutputTracker()
    rebuilt = None
    for msg in messages:
        if msg["msg"] == "process_generating":
            rebuilt = tracker.generating(msg["output"]["data"])
        if msg["msg"] == "process_completed":
            return rebuilt, msg["output"].get("data")
    raise AssertionError("no process_completed")


def test_a_plain_call_decodes_to_estimation_start_completion_and_close() -> None:
    messages = read_stream("a_greet.queue_data.sse.txt")

    assert [m["msg"] for m in messages] == [
        "estimation",
        "process_starts",
        "process_completed",
        "close_stream",
    ]
    assert messages[2]["output"]["data"] == ["Hello World!"]


def test_the_decoder_joins_multiline_data_and_ignores_other_fields() -> None:
    decoder = SSEDecoder()
    lines = ["event: complete", ": a comment", "data: [1,", "data: 2]", ""]

    results = [decoder.feed(line) for line in lines]

    assert results == [None, None, None, None, "[1,\n2]"]


@pytest.mark.parametrize("capture", QUEUE_STREAMS, ids=lambda p: p.name)
def test_every_captured_stream_decodes_to_messages_with_a_msg(capture: Path) -> None:
    messages = list(iter_messages(capture.read_text().splitlines()))

    assert messages
    assert all("msg" in m for m in messages)


@pytest.mark.parametrize(
    "capture",
    [
        p
        for p in QUEUE_STREAMS
        if "process_generating" in p.read_text() and '"success":false' not in p.read_text()
    ],
    ids=lambda p: p.name,
)
def test_rebuilt_streaming_outputs_end_equal_to_the_completed_value(capture: Path) -> None:
    rebuilt, completed = replay(list(iter_messages(capture.read_text().splitlines())))

    assert rebuilt is not None
    assert rebuilt == completed


def test_appended_tokens_rebuild_the_growing_text() -> None:
    messages = read_stream("c_stream.tokens.queue_data.sse.txt")
    tracker = OutputTracker()

    texts = [
        tracker.generating(m["output"]["data"])[0]
        for m in messages
        if m["msg"] == "process_generating"
    ]

    assert texts[0] == "tok0 "
    assert all(later.startswith(earlier) for earlier, later in itertools.pairwise(texts))


@pytest.mark.parametrize("summary", SUMMARIES, ids=lambda p: p.name)
def test_captured_diff_summaries_rebuild_each_completed_value(summary: Path) -> None:
    for section in summary.read_text().split("#####")[1:]:
        lines = [json.loads(line) for line in section.splitlines()[1:] if line.startswith("{")]
        tracker = OutputTracker()
        rebuilt = None
        for line in lines:
            if line["msg"] == "process_generating":
                rebuilt = tracker.generating(line["data"])
            elif line["msg"] == "process_completed":
                assert rebuilt == line["data"], section.splitlines()[0]


def test_deletions_in_one_diff_see_the_list_as_already_shortened() -> None:
    value = ["a", "b", "c", "d"]

    shortened = apply_diff(value, [["delete", [2], None], ["delete", [2], None]])
    grown = apply_diff(shortened, [["add", [2], "x"], ["append", [2], "y"]])
    keyed = apply_diff([{"k": 1}], [["add", [0, "j"], 2], ["delete", [0, "k"], None]])

    assert shortened == ["a", "b"]
    assert grown == ["a", "b", "xy"]
    assert keyed == [{"j": 2}]
    assert value == ["a", "b", "c", "d"]


def test_an_unknown_diff_operation_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="Unknown diff operation 'move'"):
        apply_diff({"a": 1}, [["move", ["a"], 2]])


def test_a_gr_error_becomes_an_app_error_with_the_message_and_title() -> None:
    messages = read_stream("f_errors.show_error_false.err_opts.queue_data.sse.txt")
    completed = next(m for m in messages if m["msg"] == "process_completed")

    error = error_of_output(completed["output"])

    assert isinstance(error, AppError)
    assert (error.message, error.title, error.duration) == ("titled", "My Title", 3)


def test_a_hidden_exception_becomes_an_app_error_pointing_at_show_error() -> None:
    messages = read_stream("f_errors.show_error_false.plain_err.queue_data.sse.txt")
    completed = next(m for m in messages if m["msg"] == "process_completed")

    error = error_of_output(completed["output"])

    assert str(error) == HIDDEN_ERROR
    assert "show_error=True" in str(error)


def test_a_cancelled_event_is_recognised_by_its_empty_output() -> None:
    cancelled = {"msg": "process_completed", "output": {}, "success": True}
    completed = read_stream("a_greet.queue_data.sse.txt")[2]

    assert is_cancelled_output(cancelled)
    assert not is_cancelled_output(completed)


def test_join_and_cancel_payloads_match_what_gradio_client_sends() -> None:
    transcript = (CAPTURES / "client_g_queue_cancel.transcript.txt").read_text()
    session, event = "e75154fb-4359-42c4-87ce-edd76d0ff90e", "6c5e239baee945c2860acadb41761527"

    join = json.dumps(join_payload(["abc"], 1, session), separators=(",", ":"))
    cancel = json.dumps(cancel_payload(1, session, event), separators=(",", ":"))

    assert f"BODY: {join}" in transcript
    assert f"BODY: {cancel}" in transcript


def test_queue_messages_map_to_the_status_codes_of_gradio_client() -> None:
    messages = read_stream("c_stream.count.queue_data.sse.txt")

    codes = [status_of_message(m) for m in messages]

    assert [c.code for c in codes if c is not None][:2] == [Status.IN_QUEUE, Status.PROCESSING]
    progress = next(c for c in codes if c is not None and c.code is Status.PROGRESS)
    assert progress.progress_data is not None
    assert progress.progress_data[0].unit == "steps"
    assert status_of_message({"msg": "close_stream", "event_id": None}) is None


def test_without_diffs_every_streamed_message_is_a_full_value() -> None:
    tracker = OutputTracker(diffs=False)

    tracker.generating(["a"])

    assert tracker.generating([["not", "a", "diff"]]) == [["not", "a", "diff"]]
