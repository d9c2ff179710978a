"""`DateTime`: a date, with or without a time of day, typed or picked from a calendar.

The wire carries text: `"2024-05-01 13:30:00"` (or `"2024-05-01"` without `include_time`),
or a relative `"now"` / `"now - 2h"` (units `d`, `h`, `m`, `s`). `datetime` and `zoneinfo`
are imported when a value is converted, so `import gradio` does not load them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import FormComponent
from gradio.events.listener import EventListener
from gradio.exceptions import InvalidValueError

if TYPE_CHECKING:
    from datetime import datetime, tzinfo

    from gradio.components.button import Button

DATETIME_TYPES = ("timestamp", "datetime", "string")

RELATIVE = re.compile(r"^(?:\s*now\s*(?:-\s*(\d+)\s*([dmhs]))?)?\s*$")
"""`"now"`, `"now - 2h"`, `"now-30m"`: the current time, less a whole number of units."""

UNIT_SECONDS = {"d": 86400, "h": 3600, "m": 60, "s": 1}


class DateTime(FormComponent):
    """A date (and time) field with a calendar picker.

    Parameters:
        value: the initial value: a Unix timestamp, a `datetime`, or a string in the
            component's format (or `"now"`, `"now - 1d"`).
        include_time: offer a time of day as well as a date (`"YYYY-MM-DD HH:MM:SS"`);
            `False` keeps dates only (`"YYYY-MM-DD"`).
        type: what the function receives: `"timestamp"` (seconds since the epoch, a
            `float`), `"datetime"` (a `datetime`) or `"string"` (the text as entered).
        timezone: the IANA time zone (e.g. `"Europe/Paris"`) in which entered text is read
            and returned timestamps are shown; `None` is the server's local time zone.
        label: the label, also the API parameter name.
        show_label: whether the label is shown.
        info: help text under the label.
        every: with a function `value`, re-run it every N seconds.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        interactive: editable or display-only (default: decided by usage).
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        buttons: custom buttons shown in the corner.
    """

    change = EventListener("change", "The value changed.", trigger_mode="always_last")
    submit = EventListener("submit", "The user pressed Enter or picked a date.")

    def __init__(
        self,
        value: float | str | datetime | None = None,
        *,
        include_time: bool = True,
        type: Literal["timestamp", "datetime", "string"] = "timestamp",
        timezone: str | None = None,
        label: str | None = None,
        show_label: bool | None = None,
        info: str | None = None,
        every: float | None = None,
        scale: int | None = None,
        min_width: int = 160,
        visible: Visibility = True,
        interactive: bool | None = None,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
        buttons: list[Button] | None = None,
    ) -> None:
        if type not in DATETIME_TYPES:
            raise InvalidValueError("DateTime", "type", f"{type!r} is not one of {DATETIME_TYPES}")
        self.type = type
        """What the function receives: `"timestamp"`, `"datetime"` or `"string"`."""
        self.include_time = include_time
        """Whether a time of day is part of the value."""
        self.timezone = timezone
        """The IANA time zone of entered text and shown timestamps (`None`: local)."""
        self._zone = _zone(timezone)
        super().__init__(
            value,
            label=label,
            show_label=show_label,
            info=info,
            every=every,
            scale=scale,
            min_width=min_width,
            visible=visible,
            interactive=interactive,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )
        self.buttons = list(buttons or [])

    @property
    def time_format(self) -> str:
        """The `strftime` format of the wire text."""
        return "%Y-%m-%d %H:%M:%S" if self.include_time else "%Y-%m-%d"

    def preprocess(self, payload: Any) -> float | datetime | str | None:
        """The entered text as a timestamp, a `datetime` or a string (per `type`).

        Blank text is `None`. With `type="string"` the text is passed on as typed unless it
        is relative (`"now - 2h"`), which becomes a formatted date. Text that is not in the
        component's format is refused with a `ValueError`.
        """
        if payload is None:
            return None
        if not isinstance(payload, str):
            raise ValueError(f"DateTime expects a string, got {payload!r}.")
        if payload.strip() == "":
            return None
        if self.type == "string" and "now" not in payload:
            return payload
        moment = self.parse(payload)
        if self.type == "string":
            return moment.strftime(self.time_format)
        if self.type == "datetime":
            return moment
        return moment.timestamp()

    def postprocess(self, value: Any) -> str | None:
        """A timestamp, `datetime` or string → the text shown (strings are sent as they are).

        A timestamp is shown in `timezone`: `0` with `timezone="Europe/Paris"` →
        `"1970-01-01 01:00:00"`.
        """
        import datetime as dt

        if value is None:
            return None
        if isinstance(value, str):
            return value
        if isinstance(value, dt.date):
            return value.strftime(self.time_format)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return dt.datetime.fromtimestamp(value, tz=self._zone).strftime(self.time_format)
        raise ValueError(
            "DateTime expects a timestamp, a datetime or a string, "
            f"got {type(value).__name__}: {value!r}."
        )

    def parse(self, text: str) -> datetime:
        """`"now - 2h"` → two hours ago (local time); other text is read in `time_format`.

        Text in the format is read in `timezone` (an aware `datetime`) when one is set.
        """
        import datetime as dt

        if "now" in text:
            match = RELATIVE.match(text)
            if match is None:
                raise ValueError(
                    f"DateTime cannot read {text!r}: write 'now' or 'now - N' with a unit "
                    "d, h, m or s (e.g. 'now - 2h')."
                )
            amount = int(match.group(1) or 0) * UNIT_SECONDS[match.group(2) or "s"]
            # Naive local time, as Gradio gives it whatever the time zone.
            return dt.datetime.now() - dt.timedelta(seconds=amount)
        try:
            moment = dt.datetime.strptime(text, self.time_format)
        except ValueError:
            shown = "YYYY-MM-DD HH:MM:SS" if self.include_time else "YYYY-MM-DD"
            raise ValueError(
                f"DateTime cannot read {text!r}: expected {shown} or 'now - N[dhms]'."
            ) from None
        return moment if self._zone is None else moment.replace(tzinfo=self._zone)

    def api_info(self) -> dict[str, Any]:
        return {
            "type": "string",
            "description": f"Formatted as YYYY-MM-DD{' HH:MM:SS' if self.include_time else ''}",
        }

    def example_payload(self) -> str:
        return "2020-10-01 05:20:15"

    def example_value(self) -> str:
        return "2020-10-01 05:20:15"


def _zone(timezone: str | None) -> tzinfo | None:
    """The `tzinfo` of an IANA name; an unknown name is refused when the component is made."""
    if timezone is None:
        return None
    import zoneinfo

    try:
        return zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise InvalidValueError(
            "DateTime", "timezone", f"{timezone!r} is not a known time zone (e.g. 'Europe/Paris')"
        ) from None
