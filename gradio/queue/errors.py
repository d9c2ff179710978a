"""How a failed event is reported (protocol §6.5).

A `gr.Error` always shows its message, duration, visibility and title. Any other
exception shows its text only when the app was launched with `show_error=True`;
otherwise the client learns that something failed and nothing more.
"""

from __future__ import annotations

from typing import Any

from gradio.queue import messages


def failure_output(exc: BaseException, show_error: bool) -> tuple[dict[str, Any], str]:
    """The error `output` object and the top-level title for an exception."""
    from gradio.exceptions import Error

    if isinstance(exc, Error):
        out = messages.error_output(exc.message, exc.duration, exc.visible, exc.title)
        return out, exc.title
    return messages.exception_output(str(exc) if show_error else None), "Error"


def failure_message(
    event_id: str, exc: BaseException, show_error: bool, after_yield: bool
) -> messages.Message:
    """The `process_completed` message of a failed event."""
    out, title = failure_output(exc, show_error)
    return messages.process_failed(event_id, out, title, after_yield=after_yield)
