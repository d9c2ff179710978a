"""Server-Sent Events framing, free of any I/O.

The queue stream sends only `data:` lines; the two-step REST API adds an `event:` line
before each `data:` line. Every event ends with a blank line. Parsing is the reverse:
feed lines (without their line endings) and get one dict per event.

    >>> encode_event(b'{"msg":"heartbeat","event_id":null}')
    b'data: {"msg":"heartbeat","event_id":null}\\n\\n'
    >>> encode_event(b'["Hi"]', event="complete")
    b'event: complete\\ndata: ["Hi"]\\n\\n'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

SSE_MEDIA_TYPE = "text/event-stream"
"""The content type of every event stream (Starlette adds `; charset=utf-8`)."""


class LastChunk(bytes):
    """The last bytes of a stream. Its producer knows nothing more will follow, so the
    response sends them and the end of the body in one write (one packet less per event
    for both ends)."""


def encode_event(data: bytes | str, event: str | None = None) -> bytes:
    """Frame one event.

    Parameters:
        data: the already-serialised payload (JSON text, or a bare word like `ALIVE`).
            A payload with newlines is split over several `data:` lines.
        event: the event name, sent as an `event:` line before the data when given.
    """
    body = data.encode() if isinstance(data, str) else data
    head = b"event: " + event.encode() + b"\n" if event is not None else b""
    if b"\n" not in body:
        return head + b"data: " + body + b"\n\n"
    lines = b"".join(b"data: " + line + b"\n" for line in body.split(b"\n"))
    return head + lines + b"\n"


def iter_events(lines: Iterable[str]) -> Iterator[dict[str, str]]:
    """Parse an event stream, given line by line, into events.

    Each event is a dict with the keys seen in it (`data`, `event`, `id`, `retry`);
    several `data:` lines are joined with newlines. Comment lines (starting with `:`)
    are skipped, and an unterminated last event is still returned.

    Parameters:
        lines: the stream's lines with or without their line endings.
    """
    current: dict[str, str] = {}
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line:
            if current:
                yield current
                current = {}
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data" and "data" in current:
            current["data"] += "\n" + value
        else:
            current[name] = value
    if current:
        yield current
