"""Where a job stands: the status codes and updates a `Job` reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, Literal


class Status(Enum):
    """The stages of a job, in the order they normally happen (names as in `gradio_client`)."""

    STARTING = "STARTING"
    JOINING_QUEUE = "JOINING_QUEUE"
    QUEUE_FULL = "QUEUE_FULL"
    IN_QUEUE = "IN_QUEUE"
    SENDING_DATA = "SENDING_DATA"
    PROCESSING = "PROCESSING"
    ITERATING = "ITERATING"
    PROGRESS = "PROGRESS"
    FINISHED = "FINISHED"
    CANCELLED = "CANCELLED"
    LOG = "LOG"

    @staticmethod
    def msg_to_status(msg: str) -> Status:
        """The status a queue message (its `msg` field) puts a job in.

        Parameters:
            msg: the `msg` field of a queue message, e.g. `"estimation"`.
        """
        return _STATUS_OF_MESSAGE[msg]


_STATUS_OF_MESSAGE = {
    "send_hash": Status.JOINING_QUEUE,
    "queue_full": Status.QUEUE_FULL,
    "estimation": Status.IN_QUEUE,
    "send_data": Status.SENDING_DATA,
    "process_starts": Status.PROCESSING,
    "process_generating": Status.ITERATING,
    "process_completed": Status.FINISHED,
    "progress": Status.PROGRESS,
    "log": Status.LOG,
    "server_stopped": Status.FINISHED,
}


@dataclass
class ProgressUnit:
    """One level of `gr.Progress` reported by the app."""

    index: int | None
    """Steps done (iteration style), or None."""
    length: int | None
    """Total steps (iteration style), or None."""
    unit: str | None
    """Name of a step, `"steps"` by default."""
    progress: float | None
    """Fraction done between 0 and 1 (float style), or None."""
    desc: str | None
    """Description the app gave, or None."""

    @classmethod
    def from_msg(cls, data: list[dict[str, Any]]) -> list[ProgressUnit]:
        """Read the `progress_data` list of a `progress` message.

        Parameters:
            data: the `progress_data` field.
        """
        return [
            cls(
                index=d.get("index"),
                length=d.get("length"),
                unit=d.get("unit"),
                progress=d.get("progress"),
                desc=d.get("desc"),
            )
            for d in data
        ]


@dataclass
class StatusUpdate:
    """A snapshot of a job's status, as returned by `Job.status()`."""

    code: Status
    """The stage the job is in."""
    rank: int | None
    """0-based place among waiting jobs (0 = next), while queued."""
    queue_size: int | None
    """Number of waiting jobs, while queued."""
    eta: float | None
    """Expected seconds, when the server estimates it."""
    success: bool | None
    """Whether the job succeeded, once known."""
    time: datetime | None
    """When this update was made."""
    progress_data: list[ProgressUnit] | None
    """`gr.Progress` levels, when the app reports progress."""
    log: tuple[str, str] | None = None
    """`(message, level)` of a `gr.Info`/`gr.Warning`, for `LOG` updates."""
    type: Literal["status", "output"] = "status"
    """Always `"status"` here (kept for compatibility)."""


def status_of_message(msg: dict[str, Any]) -> StatusUpdate | None:
    """The status update a queue message means for its job, or None for other messages.

    Parameters:
        msg: one decoded queue message, e.g. `{"msg": "estimation", "rank": 0, ...}`.
    """
    code = _STATUS_OF_MESSAGE.get(msg.get("msg", ""))
    if code is None:
        return None
    log = None
    if msg.get("msg") == "log" and msg.get("log") and msg.get("level"):
        log = (str(msg["log"]), str(msg["level"]))
    progress = msg.get("progress_data")
    return StatusUpdate(
        code=code,
        rank=msg.get("rank"),
        queue_size=msg.get("queue_size"),
        eta=msg.get("rank_eta", msg.get("eta")),
        success=msg.get("success"),
        time=datetime.now(),
        progress_data=ProgressUnit.from_msg(progress) if isinstance(progress, list) else None,
        log=log,
    )
