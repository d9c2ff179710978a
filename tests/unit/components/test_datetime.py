"""DateTime: text on the wire; timestamps, datetimes or strings for the function."""

from __future__ import annotations

import inspect
import subprocess
import sys
import time
from datetime import datetime, timezone
from typing import Any

import pytest

import gradio as gr
from gradio.blocks.config import component_entry
from gradio.exceptions import InvalidValueError

# Gradio 6.31's constructor, read with inspect.signature in the side virtualenv.
GRADIO_SIGNATURE = [
    ("value", None), ("include_time", True), ("type", "timestamp"), ("timezone", None),
    ("label", None), ("show_label", None), ("info", None), ("every", None), ("scale", None),
    ("min_width", 160), ("visible", True), ("interactive", None), ("elem_id", None),
    ("elem_classes", None), ("render", True), ("key", None), ("preserved_by_key", "value"),
    ("buttons", None),
]  # fmt: skip


def test_constructor_matches_gradio_and_everything_after_value_is_keyword_only() -> None:
    params = list(inspect.signature(gr.DateTime.__init__).parameters.values())[1:]

    assert [(p.name, p.default) for p in params] == GRADIO_SIGNATURE
    assert all(p.kind is p.KEYWORD_ONLY for p in params[1:])


def test_events_are_change_and_submit() -> None:
    assert set(gr.DateTime.EVENTS) == {"change", "submit"}


def test_defaults_and_config_props_are_gradio_s() -> None:
    with gr.Blocks():
        picker = gr.DateTime()

    entry = component_entry(picker)
    assert picker.value is None
    assert entry["type"] == "datetime"
    assert entry["props"]["include_time"] is True
    assert entry["props"]["type"] == "timestamp"
    assert "timezone" not in entry["props"] or entry["props"]["timezone"] is None


def test_it_sits_in_a_form_like_other_small_inputs() -> None:
    with gr.Blocks() as demo:
        picker = gr.DateTime()

    assert type(demo.children[0]).__name__ == "Form"
    assert demo.children[0].children == [picker]  # type: ignore[attr-defined]


def test_a_timestamp_is_shown_in_the_component_s_time_zone() -> None:
    assert gr.DateTime(timezone="Europe/Paris").postprocess(0) == "1970-01-01 01:00:00"
    assert gr.DateTime(timezone="UTC").postprocess(1_700_000_000) == "2023-11-14 22:13:20"
    assert gr.DateTime(timezone="UTC", include_time=False).postprocess(1e9) == "2001-09-09"


def test_a_timestamp_without_a_time_zone_is_shown_in_local_time() -> None:
    expected = datetime.fromtimestamp(86400.5).strftime("%Y-%m-%d %H:%M:%S")

    assert gr.DateTime().postprocess(86400.5) == expected


def test_datetimes_are_formatted_and_strings_sent_as_they_are() -> None:
    moment = datetime(2020, 1, 2, 3, 4, 5)

    assert gr.DateTime().postprocess(moment) == "2020-01-02 03:04:05"
    assert gr.DateTime(include_time=False).postprocess(moment) == "2020-01-02"
    assert gr.DateTime().postprocess("now - 1h") == "now - 1h"
    assert gr.DateTime().postprocess(None) is None
    assert gr.DateTime(datetime(2024, 2, 29, 12)).value == "2024-02-29 12:00:00"


def test_type_timestamp_reads_the_text_in_the_time_zone() -> None:
    assert gr.DateTime(timezone="Europe/Paris").preprocess("2020-01-01 00:00:00") == 1577833200.0
    assert gr.DateTime(timezone="UTC").preprocess("2020-01-01 00:00:00") == 1577836800.0
    local = datetime(2020, 1, 1).timestamp()
    assert gr.DateTime().preprocess("2020-01-01 00:00:00") == local


def test_type_datetime_gives_an_aware_datetime_with_a_time_zone_and_naive_without() -> None:
    aware = gr.DateTime(type="datetime", timezone="UTC").preprocess("2020-01-01 10:00:00")
    naive = gr.DateTime(type="datetime").preprocess("2020-01-01 10:00:00")

    assert aware == datetime(2020, 1, 1, 10, tzinfo=timezone.utc)
    assert naive == datetime(2020, 1, 1, 10)
    assert isinstance(naive, datetime) and naive.tzinfo is None


def test_type_string_passes_the_text_on_unless_it_is_relative() -> None:
    day = gr.DateTime(type="string", include_time=False)

    assert day.preprocess("2020-01-01") == "2020-01-01"
    assert day.preprocess("anything") == "anything"  # not checked, as in Gradio
    assert day.preprocess("now") == datetime.now().strftime("%Y-%m-%d")


@pytest.mark.parametrize(
    ("text", "seconds"), [("now", 0), ("now - 2h", 7200), ("now-30m", 1800), (" now - 1d ", 86400)]
)
def test_relative_text_counts_back_from_now(text: str, seconds: int) -> None:
    stamp = gr.DateTime().preprocess(text)

    assert isinstance(stamp, float)
    assert abs(time.time() - seconds - stamp) < 5


def test_blank_text_is_none() -> None:
    assert gr.DateTime().preprocess("") is None
    assert gr.DateTime().preprocess("   ") is None
    assert gr.DateTime().preprocess(None) is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2020-01-01", "cannot read '2020-01-01': expected YYYY-MM-DD HH:MM:SS"),
        ("yesterday", "expected YYYY-MM-DD HH:MM:SS or 'now - N\\[dhms\\]'"),
        ("now + 2h", "write 'now' or 'now - N' with a unit d, h, m or s"),
        ("2020-02-30 00:00:00", "cannot read"),
    ],
)
def test_unreadable_text_is_refused_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        gr.DateTime().preprocess(text)


@pytest.mark.parametrize("payload", [12, ["2020-01-01"]])
def test_a_payload_that_is_not_text_is_refused(payload: Any) -> None:
    with pytest.raises(ValueError, match="DateTime expects a string"):
        gr.DateTime().preprocess(payload)


def test_a_value_of_another_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="DateTime expects a timestamp, a datetime or a string"):
        gr.DateTime().postprocess([2020, 1, 1])


def test_an_unknown_type_or_time_zone_is_refused_when_the_component_is_made() -> None:
    with pytest.raises(InvalidValueError, match="invalid `type`"):
        gr.DateTime(type="date")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="'Mars/Olympus' is not a known time zone"):
        gr.DateTime(timezone="Mars/Olympus")


def test_api_info_names_the_format() -> None:
    assert gr.DateTime().api_info() == {
        "type": "string",
        "description": "Formatted as YYYY-MM-DD HH:MM:SS",
    }
    assert gr.DateTime(include_time=False).api_info()["description"] == "Formatted as YYYY-MM-DD"
    assert gr.DateTime().example_payload() == "2020-10-01 05:20:15"
    assert gr.DateTime().example_value() == "2020-10-01 05:20:15"


def test_the_interface_shortcut_builds_one() -> None:
    demo = gr.Interface(lambda d: d, "datetime", "text")

    assert isinstance(demo.input_components[0], gr.DateTime)


def test_importing_gradio_loads_neither_datetime_nor_zoneinfo() -> None:
    code = "import sys, gradio; print(any(m in sys.modules for m in ('datetime', 'zoneinfo')))"

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == "False"
