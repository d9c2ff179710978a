"""The queue's wire messages, as pure functions from values to JSON-ready dicts.

Each function returns a dict whose keys are in the order a Gradio 6.31 server sends them;
`encode` turns one into the compact JSON bytes of a `data:` line. The server, the
Python client and the tests all share these shapes (protocol §6.3).

    >>> encode(heartbeat())
    b'{"msg":"heartbeat","event_id":null}'
"""

from __future__ import annotations

from typing import Any

import orjson

Message = dict[str, Any]
"""One queue message: a JSON object with a `msg` discriminator."""

MID_STREAM_ERROR_CACHE_DURATION = 10.0
"""The `cache_duration` Gradio reports when a generator fails after yielding (a quirk)."""


def encode(message: Message) -> bytes:
    """Serialise a message as compact JSON (the queue stream's format)."""
    return orjson.dumps(message)


def estimation(
    event_id: str | None, rank: int | None, queue_size: int, rank_eta: float | None = None
) -> Message:
    """The event's place in line: `rank` 0 means it runs next.

    Parameters:
        event_id: the event this is about (`None` in `P/queue/status`).
        rank: 0-based position among the waiting events (`None` in `P/queue/status`).
        queue_size: how many events are waiting.
        rank_eta: expected seconds until the event starts, or None without statistics.
    """
    return {
        "msg": "estimation",
        "event_id": event_id,
        "rank": rank,
        "queue_size": queue_size,
        "rank_eta": rank_eta,
    }


def process_starts(event_id: str, eta: float | None = None) -> Message:
    """A worker picked the event up; `eta` is its expected run time, if known."""
    return {"msg": "process_starts", "event_id": event_id, "eta": eta}


def progress(event_id: str, progress_data: list[dict[str, Any]]) -> Message:
    """A `gr.Progress` update: one entry per nested progress level."""
    return {"msg": "progress", "event_id": event_id, "progress_data": progress_data}


def progress_unit(
    index: int | None,
    length: int | None,
    unit: str = "steps",
    progress: float | None = None,
    desc: str | None = None,
) -> dict[str, Any]:
    """One level of a `progress` message: either `index`/`length` or a 0-1 `progress`."""
    return {"index": index, "length": length, "unit": unit, "progress": progress, "desc": desc}


def log(
    event_id: str,
    message: str,
    level: str,
    duration: float | None = 10.0,
    visible: bool = True,
    title: str | None = None,
) -> Message:
    """A `gr.Info` / `gr.Warning` toast; `title` defaults to the capitalised level."""
    return {
        "msg": "log",
        "event_id": event_id,
        "log": message,
        "level": level,
        "duration": duration,
        "visible": visible,
        "title": title if title is not None else level.capitalize(),
    }


def output(
    data: list[Any],
    *,
    is_generating: bool | None,
    duration: float,
    average_duration: float,
    render_config: dict[str, Any] | None = None,
    changed_state_ids: list[int] | None = None,
) -> dict[str, Any]:
    """The `output` object of a successful step (also the body of `/run` responses).

    Parameters:
        data: one wire value (or diff) per dependency output.
        is_generating: True for intermediate generator results; None for batched functions.
        duration: seconds this step took.
        average_duration: the running average for the dependency.
        render_config: the freshly rendered sub-tree of a `gr.render` function.
        changed_state_ids: ids of listened-to State components the call changed.
    """
    return {
        "data": data,
        "is_generating": is_generating,
        "duration": duration,
        "average_duration": average_duration,
        "render_config": render_config,
        "changed_state_ids": changed_state_ids if changed_state_ids is not None else [],
        "used_cache": None,
    }


def process_generating(
    event_id: str, step_output: dict[str, Any], time_limit: float | None = None
) -> Message:
    """One intermediate generator result (full values first, diffs afterwards)."""
    return {
        "msg": "process_generating",
        "event_id": event_id,
        "output": step_output,
        "success": True,
        "time_limit": time_limit,
    }


def process_streaming(
    event_id: str, step_output: dict[str, Any], time_limit: float | None
) -> Message:
    """One result of a streaming-input event (full values; see protocol §6.10)."""
    return {
        "msg": "process_streaming",
        "event_id": event_id,
        "output": step_output,
        "success": True,
        "time_limit": time_limit,
    }


def process_completed(event_id: str, final_output: dict[str, Any]) -> Message:
    """The successful end of an event, with its full final values."""
    return {
        "msg": "process_completed",
        "event_id": event_id,
        "output": final_output,
        "success": True,
        "title": None,
        "used_cache": None,
        "cache_duration": final_output["duration"],
        "avg_time": final_output["average_duration"],
    }


def process_failed(
    event_id: str, error: dict[str, Any], title: str | None, after_yield: bool = False
) -> Message:
    """The failed end of an event (`success: false`).

    Parameters:
        event_id: the event that failed.
        error: the `output` object, built by `error_output` or `hidden_error_output`.
        title: the top-level title (the error's title, "Error" for other exceptions).
        after_yield: True when a generator failed after yielding; Gradio then reports
            `title: null` and `cache_duration: 10.0`.
    """
    return {
        "msg": "process_completed",
        "event_id": event_id,
        "output": error,
        "success": False,
        "title": None if after_yield else title,
        "used_cache": None,
        "cache_duration": MID_STREAM_ERROR_CACHE_DURATION if after_yield else None,
        "avg_time": None,
    }


def process_cancelled(event_id: str) -> Message:
    """The end of a cancelled event: an empty `output` and, oddly, `success: true`."""
    return {
        "msg": "process_completed",
        "event_id": event_id,
        "output": {},
        "success": True,
        "title": None,
        "used_cache": None,
        "cache_duration": None,
        "avg_time": None,
    }


def error_output(
    message: str, duration: float | None = 10, visible: bool = True, title: str = "Error"
) -> dict[str, Any]:
    """The `output` of a failure the app author chose to show (a `gr.Error`)."""
    return {"error": message, "duration": duration, "visible": visible, "title": title}


def exception_output(message: str | None) -> dict[str, Any]:
    """The `output` of any other exception: its text with `show_error`, else `null`."""
    if message is None:
        return {"error": None}
    return {"error": message, "visible": True}


def heartbeat() -> Message:
    """Sent on an idle stream every 15 seconds."""
    return {"msg": "heartbeat", "event_id": None}


def close_stream() -> Message:
    """The last message of a session's stream; the server ends the response after it."""
    return {"msg": "close_stream", "event_id": None}


def unexpected_error(message: str = "404: Not Found", session_not_found: bool = True) -> Message:
    """Fatal for the whole stream, e.g. a stream opened for an unknown session."""
    return {
        "msg": "unexpected_error",
        "event_id": None,
        "message": message,
        "session_not_found": session_not_found,
        "success": False,
    }
