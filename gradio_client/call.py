"""One submitted call, run in a worker thread: upload files → join → follow → result."""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import httpx

from gradio_client.endpoint import Endpoint
from gradio_client.exceptions import AppError, AuthenticationError, ServerUnreachableError
from gradio_client.files import FileTransfer
from gradio_client.job import Job
from gradio_client.protocol import (
    Message,
    OutputTracker,
    cancel_payload,
    error_of_output,
    is_cancelled_output,
    join_payload,
)
from gradio_client.status import Status, StatusUpdate, status_of_message
from gradio_client.stream import STREAM_ERROR, SessionStream


class Call:
    """Runs one call of an endpoint for a `Job`.

    Parameters:
        http: the client's HTTP connection pool.
        api_url: `ROOT + P + "/"`.
        endpoint: what is called.
        stream: the session's result stream.
        files: uploads inputs and downloads outputs.
        download_dir: where file outputs go, or False to leave them as FileData.
        headers: extra headers for the join.
        relogin: logs in again (after a server restart forgot the login), if credentials
            are known.
        diffs: whether streamed values after the first are diffs (`sse_v2` and later).
    """

    def __init__(
        self,
        *,
        http: httpx.Client,
        api_url: str,
        endpoint: Endpoint,
        stream: SessionStream,
        files: FileTransfer,
        download_dir: str | Path | Literal[False],
        headers: dict[str, str],
        relogin: Callable[[], None] | None = None,
        diffs: bool = True,
    ) -> None:
        self.http = http
        self.api_url = api_url
        self.endpoint = endpoint
        self.stream = stream
        self.files = files
        self.download_dir = download_dir
        self.headers = headers
        self.relogin = relogin
        self.diffs = diffs
        self.job = Job(cancel_fn=self.cancel)
        self._lock = threading.Lock()
        self._event_id: str | None = None
        self._cancel_sent = False

    def run(self, data: list[Any], on_result: Callable[[Job], None] | None = None) -> None:
        """Do the whole call; the outcome goes to `self.job` (never raises).

        Parameters:
            data: the join's `data` (inputs not yet uploaded).
            on_result: called with the job once it is over.
        """
        try:
            self.job._finish(result=self._run(data))
        except httpx.TransportError as error:
            lost = ServerUnreachableError(f"Lost contact with {self.api_url}: {error!r}")
            self.job._finish(error=lost)
        except Exception as error:  # every failure belongs to the job, not to this thread
            self.job._finish(error=error)
        if on_result is not None:
            on_result(self.job)

    def cancel(self) -> None:
        """Ask the server to cancel the call (now, or right after the join if still joining)."""
        with self._lock:
            event_id = self._event_id
            if event_id is None or self._cancel_sent:
                return
            self._cancel_sent = True
        session_hash = self.stream.session_hash
        with contextlib.suppress(httpx.HTTPError):
            self.http.post(
                self.api_url + "cancel",
                json=cancel_payload(self.endpoint.fn_index, session_hash, event_id),
            )
            self.http.post(self.api_url + "reset", json={"event_id": event_id})

    def _run(self, data: list[Any]) -> Any:
        self.job._set_status(status_update(Status.JOINING_QUEUE))
        uploaded = self.files.upload_inputs(data)
        if self.job.cancel_requested:
            return None
        event_id = self._join(uploaded)
        messages = self.stream.register(event_id)
        with self._lock:
            self._event_id = event_id
        if self.job.cancel_requested:
            self.cancel()
        try:
            return self._follow(messages)
        finally:
            self.stream.forget(event_id)

    def _join(self, data: list[Any]) -> str:
        body = join_payload(data, self.endpoint.fn_index, self.stream.session_hash)
        headers = {**self.headers, "x-gradio-user": "api"}
        response = self.http.post(self.api_url + "queue/join", json=body, headers=headers)
        if response.status_code == 401 and self.relogin is not None:
            self.relogin()  # a restarted server forgets logins; the credentials still hold
            response = self.http.post(self.api_url + "queue/join", json=body, headers=headers)
        if response.status_code == 503:
            self.job._set_status(status_update(Status.QUEUE_FULL))
            raise AppError(f"The app's queue is full: {_detail(response)}")
        if response.status_code == 401:
            raise AuthenticationError(
                "The server refused the call: not logged in (401). Pass auth=(username, "
                "password) to Client."
            )
        if response.status_code != 200:
            raise AppError(
                f"The server refused the call ({response.status_code}): {_detail(response)}"
            )
        return str(response.json()["event_id"])

    def _follow(self, messages: queue.Queue[Message]) -> Any:
        tracker = OutputTracker(diffs=self.diffs)
        while True:
            msg = messages.get()
            kind = msg.get("msg")
            if kind == STREAM_ERROR:
                raise msg["error"]
            update = status_of_message(msg)
            if kind == "process_generating":
                values = tracker.generating(msg.get("output", {}).get("data", []))
                if not self.job.cancel_requested:
                    self.job._add_output(self._present(values))
            if kind == "process_completed":
                return self._complete(msg)
            if update is not None:
                self.job._set_status(update)

    def _complete(self, msg: Message) -> Any:
        output = msg.get("output") or {}
        if is_cancelled_output(msg) or self.job.cancel_requested:
            return None
        if not msg.get("success", True) or "error" in output:
            raise error_of_output(output)
        return self._present(output.get("data", []))

    def _present(self, values: list[Any]) -> Any:
        if self.download_dir is not False:
            values = self.files.download_outputs(values, self.download_dir)
        return self.endpoint.present(values)


def status_update(code: Status) -> StatusUpdate:
    """A bare status update with only a code (for stages the client itself knows)."""
    return StatusUpdate(
        code=code,
        rank=None,
        queue_size=None,
        eta=None,
        success=None,
        time=datetime.now(),
        progress_data=None,
    )


def _detail(response: httpx.Response) -> str:
    with contextlib.suppress(ValueError):
        body = response.json()
        if isinstance(body, dict) and "detail" in body:
            return str(body["detail"])
    return response.text[:300]
