"""The queue protocol without I/O: SSE lines in, messages out; diffs; request payloads.

Everything here is a pure function or a small state machine, so it is tested directly
against the captures of a real Gradio 6 server (`tests/fixtures/captures/`).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Iterator
from typing import Any

from gradio_client.exceptions import AppError

Message = dict[str, Any]
"""One decoded queue message, e.g. `{"msg": "process_starts", "event_id": "…", "eta": None}`."""

HIDDEN_ERROR = (
    "The upstream Gradio app has raised an exception but has not enabled verbose error "
    "reporting. To enable, set show_error=True in launch()."
)


class SSEDecoder:
    """Turns the lines of a `text/event-stream` body into the `data` payloads of its events.

    Only `data:` fields matter for the queue; `event:`, `id:`, `retry:` and comments are
    skipped. Several `data:` lines of one event are joined with newlines, as SSE says.
    """

    def __init__(self) -> None:
        self._data: list[str] = []

    def feed(self, line: str) -> str | None:
        """Take one line (without its line break); return an event's data when it ends.

        Parameters:
            line: one line of the body; an empty line ends the current event.
        """
        line = line.rstrip("\r")
        if not line:
            if not self._data:
                return None
            data, self._data = "\n".join(self._data), []
            return data
        if line.startswith("data:"):
            value = line[5:]
            self._data.append(value[1:] if value.startswith(" ") else value)
        return None


def iter_messages(lines: Iterable[str]) -> Iterator[Message]:
    """Decode the JSON messages of a queue stream (`P/queue/data`).

    Parameters:
        lines: the body's lines, without line breaks.
    """
    decoder = SSEDecoder()
    for line in lines:
        data = decoder.feed(line)
        if data is not None:
            yield json.loads(data)


def apply_diff(value: Any, operations: list[list[Any]]) -> Any:
    """Apply one streamed diff (a list of `[op, path, value]` edits) to a previous value.

    Parameters:
        value: the previous value of one output (left untouched; a new value is returned).
        operations: the edits, applied in order: `replace`, `append` (string
            concatenation), `add` (list insert / new key) and `delete`.

    Example: `apply_diff(["a", "b", "c"], [["delete", [1], None], ["append", [1], "!"]])`
    returns `["a", "c!"]`: the second edit sees the list as already shortened.
    """
    result = copy.deepcopy(value)
    for op, path, new in operations:
        result = _apply_edit(result, op, list(path), new)
    return result


def _apply_edit(target: Any, op: str, path: list[Any], new: Any) -> Any:
    if not path:
        if op == "replace":
            return new
        if op == "append":
            return target + new
        raise ValueError(f"Cannot {op!r} at the root of a value.")
    parent = target
    for key in path[:-1]:
        parent = parent[key]
    key = path[-1]
    if op == "replace":
        parent[key] = new
    elif op == "append":
        parent[key] += new
    elif op == "add":
        if isinstance(parent, list):
            parent.insert(key, new)
        else:
            parent[key] = new
    elif op == "delete":
        del parent[key]
    else:
        raise ValueError(f"Unknown diff operation {op!r}.")
    return target


class OutputTracker:
    """Rebuilds the full output values of one event from its `process_generating` messages.

    The first such message carries full values; every later one carries one diff per
    output, which is applied to the value rebuilt so far (`sse_v2` and later; with
    `diffs=False`, as in `sse_v1`, every message carries full values).

    Parameters:
        diffs: whether messages after the first carry diffs.
    """

    def __init__(self, diffs: bool = True) -> None:
        self.diffs = diffs
        self._values: list[Any] | None = None

    def generating(self, data: list[Any]) -> list[Any]:
        """Take the `output.data` of a `process_generating` message; return full values.

        Parameters:
            data: full values (first message) or one diff per output (later ones).
        """
        if self._values is None or not self.diffs:
            self._values = list(data)
        else:
            for index, diff in enumerate(data):
                if index >= len(self._values):
                    self._values.append(None)
                self._values[index] = apply_diff(self._values[index], diff)
        return copy.deepcopy(self._values)


def join_payload(data: list[Any], fn_index: int, session_hash: str) -> dict[str, Any]:
    """The body of `POST P/queue/join` as `gradio_client` sends it.

    Parameters:
        data: one value per dependency input (None for State inputs).
        fn_index: the dependency's id.
        session_hash: the client's session.
    """
    return {"data": data, "fn_index": fn_index, "session_hash": session_hash}


def cancel_payload(fn_index: int, session_hash: str, event_id: str) -> dict[str, Any]:
    """The body of `POST P/cancel`.

    Parameters:
        fn_index: the dependency's id.
        session_hash: the client's session.
        event_id: the event to cancel.
    """
    return {"fn_index": fn_index, "session_hash": session_hash, "event_id": event_id}


def is_cancelled_output(msg: Message) -> bool:
    """Whether a `process_completed` message is the answer to a cancel (`output == {}`).

    Parameters:
        msg: a `process_completed` message.
    """
    return bool(msg.get("success", True)) and msg.get("output") == {}


def error_of_output(output: dict[str, Any]) -> AppError:
    """The `AppError` for the `output` of a failed `process_completed` message.

    Parameters:
        output: e.g. `{"error": "msg", "duration": 10, "visible": True, "title": "Error"}`;
            `{"error": None}` when the app hides exception messages (`show_error=False`).
    """
    message = output.get("error")
    if message is None:
        return AppError(HIDDEN_ERROR)
    title = output.get("title")
    return AppError(
        message=str(message),
        duration=output.get("duration", 10),
        visible=bool(output.get("visible", True)),
        title=str(title) if title is not None else "Error",
    )
