"""Reading request bodies the way the protocol expects, with FastAPI-shaped 422s.

Gradio's routes validate bodies with pydantic, so clients know errors of the form
`{"detail":[{"type":"missing","loc":["body","data"],"msg":"Field required","input":...}]}`.
We answer the same shape without pydantic: a malformed body never reaches the queue.
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

Body = dict[str, Any]
"""A decoded JSON object body."""

_TYPE_NAMES = {
    list: ("list_type", "Input should be a valid list"),
    int: ("int_type", "Input should be a valid integer"),
    str: ("string_type", "Input should be a valid string"),
}


MAX_JSON_BODY_BYTES = 64 * 1024 * 1024
"""Largest JSON body read (G10): files travel through `P/upload`, so event data is small;
a bigger body gets a 413 before it is held in memory."""


async def json_body(request: Request) -> Body | Response:
    """The request's JSON object, a 413 if it is too large, or a 422 if it is not one."""
    raw = await _read_capped(request, MAX_JSON_BODY_BYTES)
    if raw is None:
        detail = f"Request body exceeds {MAX_JSON_BODY_BYTES} bytes; upload files instead."
        return JSONResponse({"detail": detail}, status_code=413)
    try:
        value = orjson.loads(raw) if raw else None
    except orjson.JSONDecodeError as exc:
        return _invalid([_error("json_invalid", [0], "JSON decode error", {}, str(exc))])
    if not isinstance(value, dict):
        return _invalid([_error("model_attributes_type", [], "Input should be an object", value)])
    return value


async def _read_capped(request: Request, limit: int) -> bytes | None:
    """The whole body, or None as soon as it is known to exceed `limit` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def check_fields(
    body: Body, required: dict[str, type], optional: dict[str, type] | None = None
) -> Response | None:
    """A 422 response listing missing or mistyped fields, or None when all is well.

    Parameters:
        body: the decoded body.
        required: fields that must be present, with their type.
        optional: fields that may be absent or null, with their type when present.
    """
    errors: list[dict[str, Any]] = []
    for name, kind in required.items():
        if name not in body:
            errors.append(_error("missing", [name], "Field required", body))
        elif not _is(body[name], kind):
            errors.append(_type_error(name, kind, body[name]))
    for name, kind in (optional or {}).items():
        if body.get(name) is not None and not _is(body[name], kind):
            errors.append(_type_error(name, kind, body[name]))
    return _invalid(errors) if errors else None


def _is(value: Any, kind: type) -> bool:
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


def _type_error(name: str, kind: type, value: Any) -> dict[str, Any]:
    error_type, message = _TYPE_NAMES.get(kind, ("type_error", f"Input should be {kind}"))
    return _error(error_type, [name], message, value)


def _error(
    error_type: str, loc: list[Any], message: str, value: Any, reason: str | None = None
) -> dict[str, Any]:
    error: dict[str, Any] = {"type": error_type, "loc": ["body", *loc], "msg": message}
    error["input"] = value
    if reason is not None:
        error["ctx"] = {"error": reason}
    return error


def _invalid(errors: list[dict[str, Any]]) -> Response:
    return JSONResponse({"detail": errors}, status_code=422)
