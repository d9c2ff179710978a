"""One queued execution of one dependency, from join to its last message."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field
from typing import Any, Literal

from gradio.queue.mailbox import Mailbox
from gradio.queue.streaming import ChunkInbox

EventKind = Literal["queue", "rest"]
"""`queue`: messages on the session stream (§6); `rest`: the two-step REST API (§7)."""


def new_event_id() -> str:
    """32 lowercase hex characters, like Gradio's."""
    return uuid.uuid4().hex


@dataclass(eq=False, kw_only=True)
class Event:
    """A join waiting for, or using, a worker."""

    fn_index: int
    """The dependency to run."""
    data: list[Any]
    """The wire input values."""
    session_hash: str
    """Whose State values and stream this event uses."""
    mailbox: Mailbox
    """Where its messages go."""
    kind: EventKind = "queue"
    """Which protocol reads its messages."""
    event_data: Any = None
    """The `event_data` of the join."""
    trigger_id: int | None = None
    """The id of the block whose event fired."""
    request: Any = None
    """The `gr.Request` given to functions that ask for one."""
    root_url: str = ""
    """The public root URL of the join request (for file URLs)."""
    event_id: str = field(default_factory=new_event_id)
    """Its id on the wire."""
    rank: int | None = None
    """Last rank announced to the client."""
    task: asyncio.Task[None] | None = None
    """The running task, once started."""
    sent_generating: bool = False
    """Whether a first full `process_generating` went out (later ones are diffs)."""
    last_values: list[Any] = field(default_factory=list)
    """The last full output values sent (the base of the next diff)."""
    inbox: ChunkInbox | None = None
    """Where `P/stream/{event_id}` posts chunks, for a streaming-input event."""
