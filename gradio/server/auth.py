"""Password login for `launch(auth=...)`: credentials, session tokens, cookies, rate limit.

Wire facts (protocol §10): a successful `POST /login` sets two cookies with the same random
22-character token, `access-token-<SUFFIX>` (`SameSite=none; Secure`) and
`access-token-unsecure-<SUFFIX>` (`SameSite=lax`), both `HttpOnly; Path=/`; either one alone
authenticates. `<SUFFIX>` is a 43-character random string fixed for the app's lifetime.
Protected routes answer `401 {"detail":{"error":"Not authenticated","auth_message":...}}`.

Security (G7): passwords are compared in constant time (over SHA-256 digests, so lengths do
not leak either), failed logins are rate-limited per client address, tokens are random,
expire, and are revoked by `/logout`. Tokens live in this process's memory: a multi-worker
deployment needs sticky sessions.
"""

from __future__ import annotations

import hashlib
import hmac
import inspect
import secrets
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Union, cast

import anyio.to_thread
from starlette.requests import HTTPConnection
from starlette.responses import JSONResponse, Response

AuthCallable = Callable[[str, str], "bool | Awaitable[bool]"]
AuthSpec = Union[tuple[str, str], Sequence[tuple[str, str]], AuthCallable]  # noqa: UP007
"""What `launch(auth=...)` accepts: one pair, a list of pairs, or `fn(username, password)`."""

TOKEN_LIFETIME = 7 * 24 * 3600.0
"""Seconds a session token stays valid after login."""


@dataclass(frozen=True)
class _Session:
    username: str
    expires: float


class AuthState:
    """The login configuration and live sessions of one app (`app.state.auth`).

    Parameters:
        auth: the `launch(auth=...)` value.
        auth_message: HTML shown on the login page (`launch(auth_message=...)`).
        token_lifetime: seconds a session lasts.
        max_failures: failed logins allowed per client address within `failure_window`.
        failure_window: seconds over which failures are counted.
    """

    def __init__(
        self,
        auth: AuthSpec,
        auth_message: str | None = None,
        *,
        token_lifetime: float = TOKEN_LIFETIME,
        max_failures: int = 10,
        failure_window: float = 60.0,
    ) -> None:
        self.auth_message = auth_message
        """HTML shown above the login form; also sent in 401 bodies."""
        self.cookie_suffix = secrets.token_urlsafe(32)
        """The random `<SUFFIX>` of both cookie names."""
        self._check = _credential_checker(auth)
        self._lifetime = token_lifetime
        self._max_failures = max_failures
        self._window = failure_window
        self._sessions: dict[str, _Session] = {}
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    @property
    def cookie_names(self) -> tuple[str, str]:
        """(`access-token-<SUFFIX>`, `access-token-unsecure-<SUFFIX>`)."""
        return (
            f"access-token-{self.cookie_suffix}",
            f"access-token-unsecure-{self.cookie_suffix}",
        )

    async def verify(self, username: str, password: str) -> bool:
        """Whether the credentials are valid (a callable runs in a worker thread).

        Parameters:
            username: as typed (already stripped by the login route).
            password: as typed.
        """
        return await self._check(username, password)

    def issue_token(self, username: str) -> str:
        """Start a session for `username` and return its token.

        Parameters:
            username: the authenticated user.
        """
        token = secrets.token_urlsafe(16)
        with self._lock:
            self._sessions[token] = _Session(username, time.time() + self._lifetime)
        return token

    def username_for(self, token: str | None) -> str | None:
        """The user a token belongs to, or None if unknown, revoked or expired.

        Parameters:
            token: a cookie value.
        """
        if not token:
            return None
        with self._lock:
            session = self._sessions.get(token)
            if session is None:
                return None
            if session.expires < time.time():
                del self._sessions[token]
                return None
            return session.username

    def revoke(self, token: str | None, *, all_sessions_of_user: bool = False) -> None:
        """End a session, or every session of the token's user.

        Parameters:
            token: a cookie value (unknown tokens are ignored).
            all_sessions_of_user: also end the user's other sessions.
        """
        user = self.username_for(token)
        with self._lock:
            if token is not None:
                self._sessions.pop(token, None)
            if all_sessions_of_user and user is not None:
                for key in [k for k, s in self._sessions.items() if s.username == user]:
                    del self._sessions[key]

    def token_from(self, connection: HTTPConnection) -> str | None:
        """The session token carried by a request's cookies, if it is valid.

        Parameters:
            connection: the request (or websocket).
        """
        for name in self.cookie_names:
            token = connection.cookies.get(name)
            if self.username_for(token) is not None:
                return token
        return None

    def login_allowed(self, client: str) -> bool:
        """Whether `client` may try to log in now (fewer than `max_failures` recently).

        Parameters:
            client: the client's address.
        """
        with self._lock:
            recent = self._recent_failures(client)
            return len(recent) < self._max_failures

    def record_failure(self, client: str) -> None:
        """Count a failed login for `client`.

        Parameters:
            client: the client's address.
        """
        with self._lock:
            self._recent_failures(client).append(time.monotonic())

    def _recent_failures(self, client: str) -> deque[float]:
        now = time.monotonic()
        if len(self._failures) > 10_000:
            self._failures = {
                k: v for k, v in self._failures.items() if v and now - v[-1] < self._window
            }
        recent = self._failures.setdefault(client, deque())
        while recent and now - recent[0] > self._window:
            recent.popleft()
        return recent


def unauthenticated_response(request: HTTPConnection) -> Response | None:
    """The 401 answer for a protected route, or None when the request may proceed.

    Every protected route calls this first. With auth off it always returns None.

    Parameters:
        request: the incoming request.
    """
    auth: AuthState | None = getattr(request.app.state, "auth", None)
    if auth is None or auth.token_from(request) is not None:
        return None
    return JSONResponse(
        {"detail": {"error": "Not authenticated", "auth_message": auth.auth_message}},
        status_code=401,
    )


def request_username(request: HTTPConnection) -> str | None:
    """The logged-in user of a request (for `gr.Request.username`), or None.

    Parameters:
        request: the incoming request.
    """
    auth: AuthState | None = getattr(request.app.state, "auth", None)
    if auth is None:
        return None
    return auth.username_for(auth.token_from(request))


def login_shell_config(
    root: str, auth_message: str | None, space_id: str | None = None
) -> dict[str, Any]:
    """The config embedded in `/` for a visitor who has not logged in (protocol §2).

    The front end sees `auth_required` and shows its login form instead of the app.

    Parameters:
        root: the app's externally visible root URL for this request.
        auth_message: the `launch(auth_message=...)` HTML, or None.
        space_id: the Hugging Face Space id, if any.
    """
    return {
        "auth_required": True,
        "auth_message": auth_message,
        "space_id": space_id,
        "root": root,
        "page": {"": {"layout": {}}},
        "pages": [""],
        "components": [],
        "dependencies": [],
        "current_page": "",
    }


def _credential_checker(auth: AuthSpec) -> Callable[[str, str], Awaitable[bool]]:
    if callable(auth):
        return _callable_checker(auth)
    raw: list[object] = [auth] if _is_pair(auth) else list(auth)
    if not raw or not all(_is_pair(p) for p in raw):
        raise ValueError("auth must be (username, password), a list of such pairs, or a callable")
    pairs = cast("list[tuple[str, str]]", raw)
    digests = [(_digest(u), _digest(p)) for u, p in pairs]

    async def check(username: str, password: str) -> bool:
        wanted = (_digest(username), _digest(password))
        matched = False
        for user_digest, password_digest in digests:
            same_user = hmac.compare_digest(user_digest, wanted[0])
            same_password = hmac.compare_digest(password_digest, wanted[1])
            matched |= same_user & same_password
        return matched

    return check


def _callable_checker(fn: AuthCallable) -> Callable[[str, str], Awaitable[bool]]:
    async def check(username: str, password: str) -> bool:
        if inspect.iscoroutinefunction(fn):
            result = await fn(username, password)
        else:
            result = await anyio.to_thread.run_sync(fn, username, password)
            if inspect.isawaitable(result):
                result = await result
        return bool(result)

    return check


def _is_pair(value: object) -> bool:
    return (
        isinstance(value, (tuple, list))
        and len(value) == 2
        and all(isinstance(v, str) for v in value)
    )


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
