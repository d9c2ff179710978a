"""The keep-alive stream (`GET P/heartbeat/{session_hash}`) for apps that ask for one.

Apps with State set `connect_heartbeat` in their config; the server treats the closing of
this stream as the end of the session. The stream is held open in a daemon thread,
reopened after a network error or a server restart, and moved to the new session after
`Client.reset_session()`. The thread notices a new session or a stop request when the
next `ALIVE` arrives (servers send one every 15 s), so it never closes a connection that
another thread is reading.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

import httpx

RETRY_SECONDS = 1.0


class Heartbeat:
    """Holds `P/heartbeat/{session_hash}` open for the current session of a client.

    Parameters:
        http: a connection pool for this stream alone; the heartbeat thread closes it.
        url: `P/heartbeat/` as an absolute URL (the session hash is appended).
        session_hash: returns the client's current session hash.
        timeout: how long the stream may stay silent before it is reopened.
    """

    def __init__(
        self, http: httpx.Client, url: str, session_hash: Callable[[], str], timeout: float
    ) -> None:
        self.http = http
        self.url = url
        self.session_hash = session_hash
        self.timeout = timeout
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name="gradio-client-heartbeat", daemon=True
        )

    def start(self) -> None:
        """Open the stream (in the background)."""
        self._thread.start()

    def stop(self) -> None:
        """Close the stream for good (at the next `ALIVE`)."""
        self._stop.set()

    def _run(self) -> None:
        with self.http:
            while not self._stop.is_set():
                # Any failure (server gone or restarting, client closed) means: retry soon.
                with contextlib.suppress(Exception):
                    self._hold_open()
                self._stop.wait(RETRY_SECONDS)

    def _hold_open(self) -> None:
        session_hash = self.session_hash()
        timeout = httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0))
        with self.http.stream("GET", self.url + session_hash, timeout=timeout) as response:
            for _ in response.iter_raw():
                if self._stop.is_set() or self.session_hash() != session_hash:
                    return
