"""How queue messages are framed for each kind of reader.

The queue stream (`P/queue/data`) carries every message as compact JSON on `data:` lines.
The two-step REST stream (`P/call/...`) carries only results, as named events whose data
is the output list (full values, never diffs) or the error object, in the stdlib JSON
style (`", "` separators) that Gradio uses there.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

from gradio.queue import messages
from gradio.server.sse import encode_event


class Wire(Protocol):
    """Frames messages for one kind of stream."""

    def frame(self, message: messages.Message) -> bytes | None:
        """The bytes to send for a message, or `None` if this stream leaves it out."""

    def heartbeat(self) -> bytes:
        """The keep-alive sent after 15 s of silence."""


class QueueWire:
    """The session stream: every message, compact JSON."""

    def frame(self, message: messages.Message) -> bytes | None:
        """Frame a message as one `data:` line."""
        return encode_event(messages.encode(message))

    def heartbeat(self) -> bytes:
        """`data: {"msg":"heartbeat","event_id":null}`."""
        return encode_event(messages.encode(messages.heartbeat()))


class RestWire:
    """The two-step REST stream: `generating`, `complete`, `error` and `heartbeat`."""

    def frame(self, message: messages.Message) -> bytes | None:
        """Frame results and errors; progress, logs and queue updates are left out."""
        kind = message["msg"]
        if kind == "process_generating":
            return encode_event(rest_json(message["output"]["data"]), event="generating")
        if kind != "process_completed":
            return None
        out = message["output"]
        if not message["success"]:
            return encode_event(rest_json(out), event="error")
        if not out:  # cancelled
            return encode_event("null", event="error")
        return encode_event(rest_json(out["data"]), event="complete")

    def heartbeat(self) -> bytes:
        """`event: heartbeat` with `data: null`."""
        return encode_event("null", event="heartbeat")

    def unknown_event(self) -> bytes:
        """What a read of an unknown (or already read) event id gets."""
        return encode_event(rest_json("404: Not Found"), event="error")


def rest_json(value: Any) -> str:
    """JSON in the REST API's style: `", "` and `": "` separators."""
    return json.dumps(value, default=str)
