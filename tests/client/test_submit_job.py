"""`Client.submit` and `Job`: streaming, status, cancel, callbacks, parallel jobs."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import CancelledError, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

import pytest

from gradio_client import Client, Status
from gradio_client.exceptions import AppError

Launcher = Callable[[str], str]


@pytest.fixture
def client(app_url: Launcher) -> Iterator[Client]:
    with Client(app_url("blocks_app"), verbose=False) as connected:
        yield connected


def test_a_generator_is_iterated_live_as_its_values_arrive(client: Client) -> None:
    job = client.submit(6, api_name="/count")
    seen: list[tuple[str, bool]] = []

    for value in job:
        seen.append((value, job.done()))

    assert [value for value, _ in seen] == [
        "".join(f"line {j}\n" for j in range(i + 1)) for i in range(6)
    ]
    assert not seen[0][1], "the first value arrived only after the job was over"
    assert job.result() == seen[-1][0]
    assert job.outputs() == [value for value, _ in seen]


def test_a_plain_function_yields_its_one_result(client: Client) -> None:
    job = client.submit("once", api_name="/greet")

    assert list(job) == ["Hello once!"]
    assert job.outputs() == ["Hello once!"]


def test_status_moves_through_progress_to_finished(client: Client) -> None:
    job = client.submit(3, api_name="/stepper")
    codes: set[Status] = set()
    progress_descs: set[str | None] = set()

    while not job.done():
        status = job.status()
        codes.add(status.code)
        for unit in status.progress_data or []:
            progress_descs.add(unit.desc)
        time.sleep(0.05)

    assert job.result() == "done"
    assert Status.PROGRESS in codes
    assert progress_descs == {"stepping"}
    final = job.status()
    assert (final.code, final.success) == (Status.FINISHED, True)


def test_a_failed_job_reports_finished_without_success(client: Client) -> None:
    job = client.submit("x", api_name="/fail")

    with pytest.raises(AppError, match="custom failure: x"):
        job.result()
    assert (job.status().code, job.status().success) == (Status.FINISHED, False)


def test_cancel_stops_a_running_generator_and_the_session_goes_on(client: Client) -> None:
    job = client.submit("c", api_name="/slow")
    while len(job.outputs()) < 2:
        time.sleep(0.05)

    assert job.cancel()
    assert job.status().code == Status.CANCELLED
    with pytest.raises(CancelledError):
        job.result()
    produced = len(job.outputs())
    time.sleep(0.8)
    assert len(job.outputs()) == produced
    assert client.predict("after", api_name="/greet") == "Hello after!"


def test_a_waiting_job_reports_its_place_in_line_and_can_be_cancelled(client: Client) -> None:
    running = client.submit("r", api_name="/slow")
    while not running.outputs():
        time.sleep(0.05)
    waiting = client.submit("w", api_name="/slow")
    deadline = time.monotonic() + 10
    while waiting.status().code != Status.IN_QUEUE and time.monotonic() < deadline:
        time.sleep(0.02)

    status = waiting.status()
    assert (status.code, status.rank, status.queue_size) == (Status.IN_QUEUE, 0, 1)
    assert waiting.cancel()
    assert running.cancel()
    assert waiting.outputs() == []
    assert not waiting.cancel(), "a job that is over cannot be cancelled again"


def test_result_callbacks_receive_the_result_unpacked(client: Client) -> None:
    received: list[Any] = []
    done = threading.Event()

    def on_result(upper: str, length: float) -> None:
        received.append((upper, length))
        done.set()

    client.submit("abcd", api_name="/describe", result_callbacks=[on_result])

    assert done.wait(10)
    assert received == [("ABCD", 4)]


def test_result_with_a_timeout_gives_up_in_time(client: Client) -> None:
    job = client.submit("t", api_name="/slow")
    started = time.monotonic()

    with pytest.raises(FutureTimeout):
        job.result(timeout=0.3)

    assert time.monotonic() - started < 2
    job.cancel()


def test_twenty_parallel_submits_from_one_client_all_complete(client: Client) -> None:
    started = time.monotonic()

    jobs = [client.submit(f"job{i}", api_name="/sleepy") for i in range(20)]

    assert [job.result(timeout=30) for job in jobs] == [f"job{i}"[::-1] for i in range(20)]
    assert time.monotonic() - started < 8, "the jobs ran one after another"


def test_many_threads_can_share_one_client(client: Client) -> None:
    def call(i: int) -> str:
        return str(client.predict(f"t{i}", api_name="/greet"))

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(call, range(24)))

    assert results == [f"Hello t{i}!" for i in range(24)]
