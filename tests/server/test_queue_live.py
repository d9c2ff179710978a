"""The queue seen while streams are open, on a real server (uvicorn in a thread)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import orjson
import pytest

import gradio as gr
from gradio.queue import queue as queue_module

LiveServer = Callable[..., str]


def join(url: str, session: str, data: list[Any], fn_index: int = 0) -> str:
    response = httpx.post(
        f"{url}/gradio_api/queue/join",
        json={"data": data, "fn_index": fn_index, "session_hash": session},
    )
    assert response.status_code == 200, response.text
    event_id: str = response.json()["event_id"]
    return event_id


def stream(url: str, session: str) -> Iterator[dict[str, Any]]:
    """The session's messages as they arrive (the generator ends with the stream)."""
    with httpx.stream(
        "GET", f"{url}/gradio_api/queue/data", params={"session_hash": session}, timeout=30
    ) as response:
        for line in response.iter_lines():
            if line.startswith("data: "):
                yield orjson.loads(line[6:])


def index_of(demo: gr.Blocks, fn: Callable[..., Any]) -> int:
    """The dependency running `fn` (a generator's Interface runs a Submit/Stop swap first)."""
    return next(dep.id for dep in demo.fns if dep.fn is fn)


def kinds(messages: list[dict[str, Any]]) -> list[str]:
    return [m["msg"] for m in messages]


def test_a_generator_streams_full_values_first_and_appends_afterwards(
    live_server: LiveServer,
) -> None:
    def count(n: str, progress: gr.Progress = gr.Progress()):  # type: ignore[no-untyped-def]
        text = ""
        for i in range(3):
            progress((i, 3), desc="counting")
            time.sleep(0.15)
            text += f"line {i}\n"
            yield text

    demo = gr.Interface(count, "text", "text")
    url = live_server(demo)
    join(url, "gen", ["x"], index_of(demo, count))
    messages = list(stream(url, "gen"))

    assert kinds(messages) == [
        "estimation",
        "process_starts",
        *(["progress", "process_generating"] * 3),
        "process_completed",
        "close_stream",
    ]
    generating = [m["output"]["data"] for m in messages if m["msg"] == "process_generating"]
    assert generating == [
        ["line 0\n"],
        [[["append", [], "line 1\n"]]],
        [[["append", [], "line 2\n"]]],
    ]
    assert messages[2]["progress_data"] == [
        {"index": 0, "length": 3, "unit": "steps", "progress": None, "desc": "counting"}
    ]
    completed = messages[-2]
    assert completed["output"]["data"] == ["line 0\nline 1\nline 2\n"]
    assert completed["output"]["is_generating"] is False


def test_a_long_job_gets_heartbeats_while_it_runs(
    live_server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queue_module, "HEARTBEAT_INTERVAL", 0.2)

    def slow(x: str) -> str:
        time.sleep(0.9)
        return "done"

    url = live_server(gr.Interface(slow, "text", "text"))
    join(url, "long", ["x"])
    messages = list(stream(url, "long"))
    assert kinds(messages).count("heartbeat") >= 2
    assert {"msg": "heartbeat", "event_id": None} in messages
    assert kinds(messages)[-2:] == ["process_completed", "close_stream"]


def test_info_and_warning_become_log_messages(live_server: LiveServer) -> None:
    def warn(x: str) -> str:
        gr.Warning("this is a warning")
        gr.Info("this is info")
        return x

    url = live_server(gr.Interface(warn, "text", "text"))
    event_id = join(url, "logs", ["X"])
    logs = [m for m in stream(url, "logs") if m["msg"] == "log"]
    assert logs == [
        {
            "msg": "log",
            "event_id": event_id,
            "log": "this is a warning",
            "level": "warning",
            "duration": 10,
            "visible": True,
            "title": "Warning",
        },
        {
            "msg": "log",
            "event_id": event_id,
            "log": "this is info",
            "level": "info",
            "duration": 10,
            "visible": True,
            "title": "Info",
        },
    ]


def test_cancelling_a_running_generator_ends_it_with_the_cancelled_completion(
    live_server: LiveServer,
) -> None:
    produced: list[int] = []

    def slow(x: str):  # type: ignore[no-untyped-def]
        for i in range(50):
            produced.append(i)
            yield f"gen {i}"
            time.sleep(0.1)

    demo = gr.Interface(slow, "text", "text")
    url = live_server(demo)
    fn_index = index_of(demo, slow)
    event_id = join(url, "cancel-sess", ["x"], fn_index)
    seen: list[dict[str, Any]] = []
    for message in stream(url, "cancel-sess"):
        seen.append(message)
        if message["msg"] == "process_generating" and len(seen) == 4:
            cancelled = httpx.post(
                f"{url}/gradio_api/cancel",
                json={"session_hash": "cancel-sess", "fn_index": fn_index, "event_id": event_id},
            )
            assert cancelled.json() == {"success": True}
    assert seen[-2] == {
        "msg": "process_completed",
        "event_id": event_id,
        "output": {},
        "success": True,
        "title": None,
        "used_cache": None,
        "cache_duration": None,
        "avg_time": None,
    }
    assert seen[-1]["msg"] == "close_stream"
    steps_at_cancel = len(produced)
    time.sleep(0.4)
    # A step already running in its worker thread may still finish; nothing after it.
    assert len(produced) <= steps_at_cancel + 1 < 50


def test_cancelling_a_queued_event_removes_it_before_it_runs(live_server: LiveServer) -> None:
    ran: list[str] = []

    def slow(x: str) -> str:
        ran.append(x)
        time.sleep(0.5)
        return x

    url = live_server(gr.Interface(slow, "text", "text"))
    join(url, "first", ["first"])
    victim = join(url, "victim", ["victim"])
    httpx.post(
        f"{url}/gradio_api/cancel",
        json={"session_hash": "victim", "fn_index": 0, "event_id": victim},
    )
    messages = list(stream(url, "victim"))
    assert kinds(messages) == ["estimation", "process_completed", "close_stream"]
    assert messages[1]["output"] == {}
    list(stream(url, "first"))
    assert ran == ["first"]


def run_in_parallel(url: str, sessions: list[str], fn_index: int = 0) -> list[list[dict[str, Any]]]:
    def one(session: str) -> list[dict[str, Any]]:
        join(url, session, [session], fn_index)
        return list(stream(url, session))

    with ThreadPoolExecutor(len(sessions)) as pool:
        return list(pool.map(one, sessions))


class Overlap:
    """Counts how many calls of a function run at the same time.

    With `meet=2` a call waits (up to 5 s) for a second one to be running before it
    finishes, so two calls that may overlap do, however slowly a loaded machine starts
    the second; with the default, each call simply takes 0.3 s.
    """

    def __init__(self, meet: int = 1) -> None:
        self.running = 0
        self.most = 0
        self.meet = meet
        self.changed = threading.Condition()

    def __call__(self, x: str) -> str:
        with self.changed:
            self.running += 1
            self.most = max(self.most, self.running)
            self.changed.notify_all()
            if self.meet > 1:
                self.changed.wait_for(lambda: self.most >= self.meet, timeout=5)
        time.sleep(0.3 if self.meet == 1 else 0.2)  # long enough for a third to show up
        with self.changed:
            self.running -= 1
        return x


def test_the_default_concurrency_limit_runs_one_event_at_a_time(live_server: LiveServer) -> None:
    overlap = Overlap()
    url = live_server(gr.Interface(overlap, "text", "text"))
    transcripts = run_in_parallel(url, ["s0", "s1", "s2"])
    assert overlap.most == 1
    assert all(kinds(t)[-2:] == ["process_completed", "close_stream"] for t in transcripts)


def test_a_concurrency_limit_of_two_runs_two_at_once(live_server: LiveServer) -> None:
    overlap = Overlap(meet=2)
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(overlap, box, box, concurrency_limit=2)
    url = live_server(demo)
    run_in_parallel(url, ["a", "b", "c", "d"])
    assert overlap.most == 2


def test_a_shared_concurrency_id_limits_two_listeners_together(live_server: LiveServer) -> None:
    overlap = Overlap()
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(overlap, box, box, concurrency_id="gpu", concurrency_limit=1)
        box.change(overlap, box, box, concurrency_id="gpu", concurrency_limit=1)
    url = live_server(demo)
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(lambda i: run_in_parallel(url, [f"x{i}"], fn_index=i), [0, 1]))
    assert overlap.most == 1


def test_different_listeners_run_in_parallel_for_two_sessions(live_server: LiveServer) -> None:
    overlap = Overlap(meet=2)
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(overlap, box, box)
        box.change(overlap, box, box)
    url = live_server(demo)
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(lambda i: run_in_parallel(url, [f"y{i}"], fn_index=i), [0, 1]))
    assert overlap.most == 2


def test_a_client_leaving_mid_stream_abandons_its_events_and_others_are_served(
    live_server: LiveServer,
) -> None:
    produced: list[int] = []

    def slow(x: str):  # type: ignore[no-untyped-def]
        for i in range(50):
            produced.append(i)
            yield str(i)
            time.sleep(0.1)

    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(slow, box, box, concurrency_limit=None)
    url = live_server(demo)
    join(url, "leaver", ["x"])
    for message in stream(url, "leaver"):
        if message["msg"] == "process_generating":
            break  # closes the connection
    time.sleep(0.5)
    steps = len(produced)
    time.sleep(0.3)
    assert len(produced) <= steps + 1 < 50
    assert kinds(list(stream(url, "leaver"))) == ["unexpected_error"]
    join(url, "stayer", ["y"])
    assert kinds(list(stream(url, "stayer")))[-2:] == ["process_completed", "close_stream"]


def test_tqdm_loops_report_progress_when_tracked(live_server: LiveServer) -> None:
    from tqdm import tqdm

    def work(x: str, progress: gr.Progress = gr.Progress(track_tqdm=True)) -> str:
        for _ in tqdm(range(3), desc="tq"):
            time.sleep(0.15)
        return "done"

    url = live_server(gr.Interface(work, "text", "text"))
    join(url, "tqdm", ["x"])
    progress = [m["progress_data"] for m in stream(url, "tqdm") if m["msg"] == "progress"]
    assert progress, "no progress message"
    assert progress[-1][0]["length"] == 3
    assert progress[-1][0]["desc"] == "tq"
    assert {p[0]["index"] for p in progress} <= {0, 1, 2, 3}
