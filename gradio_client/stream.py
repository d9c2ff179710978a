"""The one result stream (`GET P/queue/data`) a client session shares among all its jobs.

Rules of the protocol (docs/protocol.md §6.2) this follows:

- join first, then open the stream: a stream opened with nothing pending is refused;
- one consumer per session: every job's messages come on the same stream, tagged with
  `event_id`, and are handed to that job's queue here;
- the server ends the stream (`close_stream`) once nothing is pending, so a job joined
  after that needs the stream reopened; the reader reopens it while any registered job is
  unfinished;
- a broken stream, or `unexpected_error`/`session_not_found`, ends every unfinished job
  of the session: each gets an `error` pseudo-message carrying a `ConnectionLostError`.
"""

from __future__ import annotations

import queue
import threading

import httpx

from gradio_client.exceptions import ConnectionLostError
from gradio_client.protocol import Message, iter_messages

STREAM_ERROR = "client_stream_error"
"""`msg` of the pseudo-message a job receives when the stream fails; `error` holds why."""


class SessionStream:
    """Demultiplexes one session's queue stream into one message queue per event.

    Parameters:
        http: the client's HTTP connection pool.
        url: `P/queue/data` as an absolute URL.
        session_hash: the session whose events this stream carries.
        timeout: how long the stream may stay silent before it counts as lost (servers
            send a heartbeat every 15 s).
    """

    def __init__(self, http: httpx.Client, url: str, session_hash: str, timeout: float) -> None:
        self.http = http
        self.url = url
        self.session_hash = session_hash
        self.timeout = timeout
        self._lock = threading.Lock()
        self._queues: dict[str, queue.Queue[Message]] = {}
        self._unfinished: set[str] = set()
        self._finished_early: set[str] = set()
        self._reader: threading.Thread | None = None
        self._closed = False

    def register(self, event_id: str) -> queue.Queue[Message]:
        """Follow a just-joined event; return the queue its messages will arrive on.

        Parameters:
            event_id: the id returned by the join.
        """
        with self._lock:
            messages = self._queue_for(event_id)
            if event_id in self._finished_early:
                self._finished_early.discard(event_id)
                return messages
            self._unfinished.add(event_id)
            if self._closed:
                messages.put(_error_message(ConnectionLostError("The client was closed.")))
            elif self._reader is None:
                self._reader = threading.Thread(
                    target=self._read, name="gradio-client-stream", daemon=True
                )
                self._reader.start()
        return messages

    def forget(self, event_id: str) -> None:
        """Drop the queue of an event whose job is over."""
        with self._lock:
            self._queues.pop(event_id, None)

    def close(self) -> None:
        """Stop following events; unfinished jobs fail with `ConnectionLostError`."""
        with self._lock:
            self._closed = True
        self._fail_all(ConnectionLostError("The client was closed."))

    def _read(self) -> None:
        while True:
            try:
                self._read_once()
            except (httpx.HTTPError, ValueError, ConnectionLostError) as exc:
                self._fail_all(_describe(exc, self.url))
            with self._lock:
                if self._closed or not self._unfinished:
                    self._reader = None
                    return

    def _read_once(self) -> None:
        timeout = httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0))
        with self.http.stream(
            "GET", self.url, params={"session_hash": self.session_hash}, timeout=timeout
        ) as response:
            if response.status_code != 200:
                response.read()
                raise ConnectionLostError(
                    f"The server refused the result stream ({response.status_code}): "
                    f"{response.text[:200]}"
                )
            for msg in iter_messages(response.iter_lines()):
                if self._dispatch(msg):
                    return
        raise ConnectionLostError(
            f"The result stream {self.url} broke: it ended without close_stream."
        )

    def _dispatch(self, msg: Message) -> bool:
        """Hand one message to its job; return True when the stream is over."""
        kind = msg.get("msg")
        if kind == "close_stream":
            return True
        if kind == "unexpected_error":
            reason = msg.get("message") or "unknown error"
            raise ConnectionLostError(
                "The server no longer knows this client's session "
                f"({reason}); it may have restarted. The job was dropped."
            )
        event_id = msg.get("event_id")
        if event_id is None:
            return False  # heartbeat
        with self._lock:
            self._queue_for(event_id).put(msg)
            if kind == "process_completed":
                if event_id in self._unfinished:
                    self._unfinished.discard(event_id)
                else:
                    self._finished_early.add(event_id)
        return False

    def _queue_for(self, event_id: str) -> queue.Queue[Message]:
        if event_id not in self._queues:
            self._queues[event_id] = queue.Queue()
        return self._queues[event_id]

    def _fail_all(self, error: Exception) -> None:
        with self._lock:
            for event_id in list(self._unfinished):
                self._queue_for(event_id).put(_error_message(error))
            self._unfinished.clear()


def _error_message(error: Exception) -> Message:
    return {"msg": STREAM_ERROR, "error": error}


def _describe(exc: Exception, url: str) -> Exception:
    if isinstance(exc, ConnectionLostError):
        return exc
    if isinstance(exc, httpx.TimeoutException):
        return ConnectionLostError(f"The result stream {url} went silent (timed out): {exc!r}")
    return ConnectionLostError(f"The result stream {url} broke: {exc!r}")
