"""Login routes: `POST /login`, `GET /logout`, `P/login_check`, `P/user`, `P/token` (§10)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from gradio.server.auth import AuthState, request_username, unauthenticated_response

_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


async def login(request: Request) -> Response:
    """`POST /login` with form fields `username` and `password` (urlencoded or multipart).

    200 `{"success":true}` + both cookies; 400 `Incorrect credentials.`; 422 for a body
    without the two form fields (JSON included); 429 after too many failures.
    """
    auth: AuthState | None = getattr(request.app.state, "auth", None)
    if auth is None:
        return RedirectResponse(_root_path(request) + "/", status_code=302)
    client = request.client.host if request.client else "unknown"
    if not auth.login_allowed(client):
        return JSONResponse(
            {"detail": "Too many login attempts. Try again later."}, status_code=429
        )
    fields = await _login_fields(request)
    if isinstance(fields, Response):
        return fields
    username, password = fields
    if not await auth.verify(username.strip(), password):
        auth.record_failure(client)
        return JSONResponse({"detail": "Incorrect credentials."}, status_code=400)
    token = auth.issue_token(username.strip())
    response = JSONResponse({"success": True})
    secure_name, unsecure_name = auth.cookie_names
    response.set_cookie(secure_name, token, httponly=True, samesite="none", secure=True)
    response.set_cookie(unsecure_name, token, httponly=True, samesite="lax")
    return response


async def logout(request: Request) -> Response:
    """`GET /logout[?all_session=true]`: revoke the session, clear both cookies, 302 to root.

    `all_session` defaults to true (Gradio's default): every session of the user ends.
    """
    response = RedirectResponse(_root_path(request) + "/", status_code=302)
    auth: AuthState | None = getattr(request.app.state, "auth", None)
    if auth is None:
        return response
    everywhere = request.query_params.get("all_session", "true").lower() not in {"false", "0"}
    for name in auth.cookie_names:
        auth.revoke(request.cookies.get(name), all_sessions_of_user=everywhere)
        response.delete_cookie(name, path="/")
    return response


async def login_check(request: Request) -> Response:
    """`GET P/login_check`: 200 `null` when logged in or auth is off, else 401."""
    return unauthenticated_response(request) or JSONResponse(None)


async def user(request: Request) -> Response:
    """`GET P/user`: the logged-in username, or `null`."""
    return JSONResponse(request_username(request))


async def token(request: Request) -> Response:
    """`GET P/token`: `{"token": null, "user": <username or null>}`.

    Gradio answers the session token itself here, which hands an `HttpOnly` cookie's value
    to any script on the page (G7: never expose the session token to JS). Neither Gradio's
    front end nor its clients read this route, so we keep its shape and withhold the token.
    """
    return JSONResponse({"token": None, "user": request_username(request)})


async def _login_fields(request: Request) -> tuple[str, str] | Response:
    """(username, password) from the form body, or the 422 answer FastAPI would give."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    values: dict[str, str] = {}
    if content_type in _FORM_TYPES:
        try:
            form = await request.form(max_files=0, max_fields=20, max_part_size=64 * 1024)
        except Exception:  # malformed or over a cap: treat as an empty form
            form = None
        if form is not None:
            for key in ("username", "password"):
                value = form.get(key)
                if isinstance(value, str):
                    values[key] = value
            await form.close()
    missing = [key for key in ("username", "password") if key not in values]
    if missing:
        detail = [
            {"type": "missing", "loc": ["body", key], "msg": "Field required", "input": None}
            for key in missing
        ]
        return JSONResponse({"detail": detail}, status_code=422)
    return values["username"], values["password"]


def _root_path(request: Request) -> str:
    """The app's mount path (`""` at the top level); redirects stay relative (G5)."""
    root = str(request.scope.get("root_path", "")).rstrip("/")
    return root if root.startswith("/") and not root.startswith("//") else ""
