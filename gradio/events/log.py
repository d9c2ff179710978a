"""`gr.Info` and `gr.Warning`: toasts sent from inside an event.

They send a `log` message (protocol §6.3) through the active reporter and do not stop
the function. Outside an event there is no reporter; the message is printed instead.
"""

from __future__ import annotations

import sys

from gradio.events.event_context import current_reporter


def Info(
    message: str = "Info issued.",
    duration: float | None = 10,
    visible: bool = True,
    title: str = "Info",
) -> None:
    """Show an information toast in the page.

    Parameters:
        message: the text of the toast.
        duration: seconds it stays visible; `None` keeps it until closed.
        visible: whether it is shown at all.
        title: the toast heading.
    """
    _log("info", message, duration, visible, title)


def Warning(
    message: str = "Warning issued.",
    duration: float | None = 10,
    visible: bool = True,
    title: str = "Warning",
) -> None:
    """Show a warning toast in the page.

    Parameters:
        message: the text of the toast.
        duration: seconds it stays visible; `None` keeps it until closed.
        visible: whether it is shown at all.
        title: the toast heading.
    """
    _log("warning", message, duration, visible, title)


def _log(level: str, message: str, duration: float | None, visible: bool, title: str) -> None:
    reporter = current_reporter.get()
    if reporter is None:
        print(f"{title}: {message}", file=sys.stderr)
        return
    reporter.log(level, message, None if duration is None else float(duration), visible, title)
