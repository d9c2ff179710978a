"""`gr.Request`: the HTTP request behind an event, for user functions that ask for it.

Annotate a parameter with `gr.Request` and the run layer passes one built from the
Starlette request that joined the queue. Attribute access falls through to that
request (`request.headers`, `request.client`, `request.query_params`, ...).
"""

from __future__ import annotations

from typing import Any


class Request:
    """The request that triggered an event.

    Parameters:
        request: the underlying Starlette request, if any.
        username: the logged-in user when auth is on.
        session_hash: the session of the browser tab or client.
        kwargs: extra attributes (used to rebuild a request from stored data).
    """

    def __init__(
        self,
        request: Any = None,
        username: str | None = None,
        session_hash: str | None = None,
        **kwargs: Any,
    ) -> None:
        self.request = request
        """The underlying Starlette request (`None` for synthetic requests)."""
        self.username = username
        """The logged-in user, or `None`."""
        self.session_hash = session_hash
        """The session of the browser tab or client."""
        self.kwargs: dict[str, Any] = kwargs
        """Extra attributes."""

    def __getattr__(self, name: str) -> Any:
        if name in self.kwargs:
            return self.kwargs[name]
        request = self.__dict__.get("request")
        if request is None:
            raise AttributeError(f"'Request' object has no attribute '{name}'")
        return getattr(request, name)

    def __getstate__(self) -> dict[str, Any]:
        return {"username": self.username, "session_hash": self.session_hash, **self.kwargs}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.request = None
        self.username = state.pop("username", None)
        self.session_hash = state.pop("session_hash", None)
        self.kwargs = state
