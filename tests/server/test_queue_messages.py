"""Every queue message of the captured Gradio streams, rebuilt from our functions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from gradio.queue import messages
from gradio.server.sse import iter_events

CAPTURES = Path(__file__).parent.parent / "fixtures" / "captures"
STREAMS = sorted(CAPTURES.glob("*queue_data*.sse.txt"))


def data_payloads(capture: Path) -> list[str]:
    """The `data:` payloads of a capture, leaving out the capture tool's own notes."""
    lines = [
        line for line in capture.read_text().splitlines() if not line.startswith(("<<", "status="))
    ]
    return [event["data"] for event in iter_events(lines) if "data" in event]


def rebuild(seen: dict[str, Any]) -> messages.Message:
    """Build the message again from its values alone, with our message functions."""
    kind, event_id = seen["msg"], seen["event_id"]
    if kind == "estimation":
        return messages.estimation(event_id, seen["rank"], seen["queue_size"], seen["rank_eta"])
    if kind == "process_starts":
        return messages.process_starts(event_id, seen["eta"])
    if kind == "progress":
        units = [messages.progress_unit(**unit) for unit in seen["progress_data"]]
        return messages.progress(event_id, units)
    if kind == "log":
        return messages.log(event_id, seen["log"], seen["level"], seen["duration"])
    if kind == "process_generating":
        return messages.process_generating(event_id, rebuild_output(seen["output"]))
    if kind == "process_completed":
        return rebuild_completed(seen)
    if kind == "heartbeat":
        return messages.heartbeat()
    if kind == "close_stream":
        return messages.close_stream()
    assert kind == "unexpected_error"
    return messages.unexpected_error()


def rebuild_output(seen: dict[str, Any]) -> dict[str, Any]:
    return messages.output(
        seen["data"],
        is_generating=seen["is_generating"],
        duration=seen["duration"],
        average_duration=seen["average_duration"],
        changed_state_ids=seen["changed_state_ids"],
    )


def rebuild_completed(seen: dict[str, Any]) -> messages.Message:
    event_id, out = seen["event_id"], seen["output"]
    if out == {}:
        return messages.process_cancelled(event_id)
    if seen["success"]:
        return messages.process_completed(event_id, rebuild_output(out))
    if "title" in out:
        error = messages.error_output(out["error"], out["duration"], out["visible"], out["title"])
        title = out["title"]
    else:
        error = messages.exception_output(out["error"])
        title = "Error"
    return messages.process_failed(event_id, error, title, after_yield=seen["title"] is None)


@pytest.mark.parametrize("capture", STREAMS, ids=lambda path: path.name)
def test_every_captured_message_is_rebuilt_byte_for_byte(capture: Path) -> None:
    payloads = data_payloads(capture)
    assert payloads
    for payload in payloads:
        assert messages.encode(rebuild(orjson.loads(payload))).decode() == payload


def test_the_captures_cover_every_message_kind() -> None:
    kinds = {orjson.loads(data)["msg"] for capture in STREAMS for data in data_payloads(capture)}
    assert {"estimation", "process_starts", "progress", "log", "process_generating"} <= kinds
    assert {"process_completed", "close_stream", "unexpected_error"} <= kinds


def test_a_heartbeat_is_the_same_as_on_the_wire() -> None:
    timed = (CAPTURES / "g2_queue.long_job_with_heartbeat.timed.txt").read_text()
    assert "data: " + messages.encode(messages.heartbeat()).decode() in timed


def test_a_log_takes_its_title_from_the_level() -> None:
    assert messages.log("e", "careful", "warning")["title"] == "Warning"
