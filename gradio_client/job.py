"""`Job`: a submitted call, its status, its streamed outputs and its result."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, InvalidStateError
from datetime import datetime
from typing import Any

from gradio_client.status import Status, StatusUpdate


class Job(Future[Any]):
    """A call submitted with `Client.submit()`: a `concurrent.futures.Future` of its result.

    Iterating over a job yields its outputs as they arrive (every value of a generator;
    the one result of a plain function) and stops when the job is over.

    Parameters:
        cancel_fn: asks the server to cancel the call (`P/cancel` + `P/reset`).
        verbose: kept for compatibility with `gradio_client`.
    """

    def __init__(self, cancel_fn: Callable[[], None] | None = None, verbose: bool = True) -> None:
        super().__init__()
        self.verbose = verbose
        """Kept for compatibility with `gradio_client`."""
        self._cancel_fn = cancel_fn
        self._changed = threading.Condition()
        self._outputs: list[Any] = []
        self._latest = _update(Status.STARTING)
        self._cancel_requested = False
        self._counter = 0

    def status(self) -> StatusUpdate:
        """Where the job stands: code, rank, queue_size, eta, success, time, progress_data."""
        if self._cancel_requested or self.cancelled():
            return _update(Status.CANCELLED, success=False)
        if self.done():
            return _update(Status.FINISHED, success=self.exception() is None)
        with self._changed:
            return self._latest

    def outputs(self) -> list[Any]:
        """Every output received so far (for a plain function: its result, once done)."""
        with self._changed:
            return list(self._outputs)

    def result(self, timeout: float | None = None) -> Any:
        """Wait for the result and return it (a generator's last value).

        Parameters:
            timeout: seconds to wait; `TimeoutError` after that. None waits as long as needed.

        Raises `AppError` when the app failed, `CancelledError` when the job was cancelled.
        """
        return super().result(timeout=timeout)

    def cancel(self) -> bool:
        """Cancel the job: it is removed from the server's queue, or its generator stopped.

        Returns False when the job was already over.
        """
        with self._changed:
            if self.done():
                return False
            self._cancel_requested = True
            cancelled = super().cancel()
            self._changed.notify_all()
        if self._cancel_fn is not None:
            self._cancel_fn()
        return cancelled

    @property
    def cancel_requested(self) -> bool:
        """True once `cancel()` was called."""
        return self._cancel_requested

    def __iter__(self) -> Job:
        return self

    def __next__(self) -> Any:
        with self._changed:
            while True:
                if self._counter < len(self._outputs):
                    self._counter += 1
                    return self._outputs[self._counter - 1]
                if self.done() or self._cancel_requested:
                    raise StopIteration
                self._changed.wait(0.5)

    # What the worker running the call reports (not for users).

    def _set_status(self, update: StatusUpdate) -> None:
        with self._changed:
            self._latest = update
            self._changed.notify_all()

    def _add_output(self, value: Any) -> None:
        with self._changed:
            self._outputs.append(value)
            self._changed.notify_all()

    def _finish(self, result: Any = None, error: BaseException | None = None) -> None:
        with self._changed:
            if error is None and not self._outputs and not self._cancel_requested:
                self._outputs.append(result)
        # Outside the lock: done callbacks (result_callbacks) run inside set_result.
        try:
            if error is None:
                self.set_result(result)
            else:
                self.set_exception(error)
        except InvalidStateError:
            pass  # cancelled meanwhile
        with self._changed:
            self._changed.notify_all()


def _update(code: Status, success: bool | None = None) -> StatusUpdate:
    return StatusUpdate(
        code=code,
        rank=0 if code in (Status.FINISHED, Status.CANCELLED) else None,
        queue_size=None,
        eta=None,
        success=success,
        time=datetime.now(),
        progress_data=None,
    )
