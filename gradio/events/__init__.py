"""Events: listeners, dependencies and the data passed to event functions."""

from __future__ import annotations

from gradio.events.dependency import Dependency
from gradio.events.event_data import (
    CopyData,
    DeletedFileData,
    DownloadData,
    EditData,
    EventData,
    KeyUpData,
    LikeData,
    RetryData,
    SelectData,
    UndoData,
)
from gradio.events.listener import EventListener, Listener
from gradio.events.on import on

__all__ = [
    "CopyData",
    "DeletedFileData",
    "Dependency",
    "DownloadData",
    "EditData",
    "EventData",
    "EventListener",
    "KeyUpData",
    "LikeData",
    "Listener",
    "RetryData",
    "SelectData",
    "UndoData",
    "on",
]
