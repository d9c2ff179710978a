"""`gr.Progress`, `gr.Info` and `gr.Warning` report through the event's reporter."""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

import gradio as gr
from gradio.events.event_context import current_reporter


class Recorder:
    """A reporter like the queue's, keeping what it was sent."""

    def __init__(self) -> None:
        self.progress_messages: list[list[dict[str, Any]]] = []
        self.logs: list[tuple[str, str, float | None, bool, str]] = []

    def progress(self, progress_data: list[dict[str, Any]]) -> None:
        self.progress_messages.append(progress_data)

    def log(
        self, level: str, message: str, duration: float | None, visible: bool, title: str
    ) -> None:
        self.logs.append((level, message, duration, visible, title))


@contextmanager
def inside_an_event() -> Iterator[Recorder]:
    recorder = Recorder()
    token = current_reporter.set(recorder)
    try:
        yield recorder
    finally:
        current_reporter.reset(token)


def test_tqdm_reports_each_step_before_it_runs_and_drops_the_level_after() -> None:
    progress = gr.Progress()
    with inside_an_event() as events:
        for _ in progress.tqdm(range(3), desc="stepping"):
            pass

    assert [m[0]["index"] for m in events.progress_messages] == [0, 1, 2]
    assert events.progress_messages[0] == [
        {"index": 0, "length": 3, "unit": "steps", "progress": None, "desc": "stepping"}
    ]
    assert progress.levels == []


def test_a_fraction_is_reported_without_index_or_length() -> None:
    with inside_an_event() as events:
        gr.Progress()(0.25, desc="quarter")

    assert events.progress_messages == [
        [{"index": None, "length": None, "unit": "steps", "progress": 0.25, "desc": "quarter"}]
    ]


def test_nested_loops_report_one_entry_per_level() -> None:
    progress = gr.Progress()
    with inside_an_event() as events:
        for _ in progress.tqdm(range(2), desc="outer"):
            for _ in progress.tqdm(range(2), desc="inner", unit="things"):
                pass

    deepest = max(events.progress_messages, key=len)
    assert [level["desc"] for level in deepest] == ["outer", "inner"]
    assert deepest[1]["unit"] == "things"


def test_concurrent_events_do_not_share_progress_levels() -> None:
    progress = gr.Progress()
    seen: list[int] = []

    def run() -> None:
        with inside_an_event() as events:
            for _ in progress.tqdm(range(5)):
                pass
            seen.append(len(events.progress_messages))

    threads = [
        threading.Thread(target=contextvars.copy_context().run, args=(run,)) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert seen == [5, 5, 5, 5]


def test_track_tqdm_reports_plain_tqdm_loops_inside_an_event() -> None:
    tqdm = pytest.importorskip("tqdm")
    gr.Progress(track_tqdm=True)
    with inside_an_event() as events:
        for _ in tqdm.tqdm(range(3), desc="training", disable=False):
            pass

    indices = [
        m[-1]["index"] for m in events.progress_messages if m and m[-1]["desc"] == "training"
    ]
    assert indices[-3:] == [0, 1, 2]
    assert events.progress_messages[0][-1]["length"] == 3


def test_progress_outside_an_event_does_nothing() -> None:
    assert gr.Progress()(0.5) == 0.5


def test_info_and_warning_are_sent_as_log_messages() -> None:
    with inside_an_event() as events:
        gr.Info("saved")
        gr.Warning("careful", duration=None)

    assert events.logs == [
        ("info", "saved", 10.0, True, "Info"),
        ("warning", "careful", None, True, "Warning"),
    ]


def test_info_outside_an_event_prints_it(capsys: pytest.CaptureFixture[str]) -> None:
    gr.Info("hello")

    assert "hello" in capsys.readouterr().err


def test_error_carries_its_display_options() -> None:
    error = gr.Error("bad input", duration=5, title="Oops")

    assert str(error) == "bad input"
    assert (error.duration, error.visible, error.title) == (5, True, "Oops")


def test_a_generator_stepped_in_fresh_context_copies_keeps_its_progress_levels() -> None:
    # The queue runs each step of a sync generator in a copy of the event's context, as a
    # worker thread does; levels set during one step must still be there at the next.
    def count(progress: gr.Progress = gr.Progress()) -> Iterator[int]:
        yield from progress.tqdm(range(3), desc="counting")

    with inside_an_event() as recorder:
        event_context = contextvars.copy_context()
        steps = count()
        values = [event_context.copy().run(next, steps) for _ in range(3)]
    assert values == [0, 1, 2]
    indexes = [[level["index"] for level in data] for data in recorder.progress_messages]
    assert indexes == [[0], [1], [2]]
