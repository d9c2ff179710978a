"""OpenAPI documents: the app's endpoints (`P/openapi.json`) and every route (`/openapi.json`).

`P/openapi.json` describes what a caller of the two-step REST API needs, as Gradio does:
`POST P/upload`, then per public endpoint `POST P/call/v2/{name}` (a JSON object of named
parameters) and `GET P/call/{name}/{event_id}` (the SSE result). File parameters become
`{"type": "string", "format": "filepath"}` with how to send them. The whole-server document
lists each route of the route table the way FastAPI would (summary from the handler name,
`operationId` from name, path and method).
"""

from __future__ import annotations

import re
from typing import Any

from starlette.routing import BaseRoute, Route

from gradio import __version__
from gradio.server.api_info import endpoint_info

UPLOAD_HINT = (
    ". File inputs must first be uploaded via POST /gradio_api/upload (multipart/form-data "
    'with a "files" field). Use the returned path in the request body as {"path": '
    '"<uploaded_path>", "meta": {"_type": "gradio.FileData"}}.'
)
FILE_INPUT = {
    "type": "filepath",
    "description": 'Must include {"path": "url", "meta": {"_type": "gradio.FileData"}}. '
    "The meta key signals that the file will be uploaded to the remote server.",
}
FILE_OUTPUT = {"type": "object", "description": "JSON object with url key to fetch the output"}
TEXT = {"schema": {"type": "string"}}


def endpoints_document(blocks: Any) -> dict[str, Any]:
    """The `P/openapi.json` of an app: upload, then call and fetch each public endpoint."""
    title, description = _title_and_description(blocks)
    paths: dict[str, Any] = {"/gradio_api/upload": {"post": _upload_operation()}}
    for fn in blocks.fns:
        if fn.fn is None or fn.api_visibility != "public":
            continue
        name = str(fn.api_name)
        info = endpoint_info(fn, "", snippets=False)
        paths[f"/gradio_api/call/v2/{name}"] = {"post": _call_operation(name, info)}
        paths[f"/gradio_api/call/{name}/{{event_id}}"] = {"get": _fetch_operation(name)}
    return {
        "openapi": "3.0.2",
        "info": {
            "title": title,
            "description": description,
            "version": __version__,
        },
        "paths": paths,
        "components": {"schemas": {}},
    }


def routes_document(routes: list[BaseRoute]) -> dict[str, Any]:
    """The server-wide `/openapi.json`: every route and method, FastAPI style."""
    paths: dict[str, Any] = {}
    for route in routes:
        if not isinstance(route, Route) or route.methods is None:
            continue
        operations = paths.setdefault(route.path, {})
        # Starlette adds HEAD to every GET route; FastAPI lists it only where asked for.
        for method in sorted(route.methods - {"HEAD"}, key=_method_order):
            operations[method.lower()] = _route_operation(route, method)
    return {
        "openapi": "3.1.0",
        "info": {"title": "FastAPI", "version": "0.1.0"},
        "paths": paths,
    }


def _upload_operation() -> dict[str, Any]:
    files = {
        "type": "array",
        "items": {"type": "string", "format": "binary"},
        "description": "One or more files to upload",
    }
    return {
        "summary": "Upload File",
        "operationId": "upload_file_upload_post",
        "parameters": [
            {
                "name": "upload_id",
                "in": "query",
                "required": False,
                "schema": {"type": "string", "nullable": True, "default": None},
                "description": "Optional ID to track upload progress",
            }
        ],
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {"files": files},
                        "required": ["files"],
                    }
                }
            },
        },
        "responses": {
            "200": {
                "description": "List of file paths where the uploaded files were saved",
                "content": {
                    "application/json": {"schema": {"type": "array", "items": {"type": "string"}}}
                },
            },
            "400": {
                "description": "Invalid content type or invalid file name",
                "content": {"text/plain": TEXT},
            },
            "413": {
                "description": "File exceeds maximum allowed size",
                "content": {"text/plain": TEXT},
            },
        },
        "security": [{"login_check": []}],
    }


def _call_operation(name: str, info: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    has_files = False
    for parameter in info["parameters"]:
        schema = _simplified(parameter["type"], is_input=True)
        if schema.get("type") == "filepath":
            has_files = True
            schema = {**schema, "type": "string", "format": "filepath"}
        schema.pop("additional_description", None)
        if "properties" in schema and "type" not in schema:
            schema["type"] = "object"
        properties[parameter["parameter_name"]] = schema
    returns = [
        f"{'output' if i == 0 else f'output_{i}'} ({_simplified(r['type'], is_input=False)})"
        for i, r in enumerate(info["returns"])
    ]
    description = info["description"]
    summary = (description or f"Endpoint /{name}") + (UPLOAD_HINT if has_files else "")
    # Gradio writes the list with Python's repr; clients only show it, so it is kept as is.
    fetch = (
        f"Output must be fetched from GET /gradio_api/call/{name}/{{event_id}}. "
        f"Returns an array of {len(returns)} elements of the following format: {returns}"
    )
    return {
        "summary": summary,
        "description": description + fetch,
        "operationId": name.replace("/", "_"),
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"type": "object", "properties": properties}}
            },
        },
        "responses": {
            "200": {
                "description": "Successful response",
                "content": {
                    "application/json": {
                        "schema": {"type": "object", "properties": {"event_id": {"type": "string"}}}
                    }
                },
            }
        },
    }


def _fetch_operation(name: str) -> dict[str, Any]:
    return {
        "summary": f"Fetch results for /{name}",
        "description": "Returns a stream of server-sent events (SSE). The final event has "
        "`event: complete` with `data` containing a JSON array of outputs.",
        "operationId": f"{name.replace('/', '_')}_get",
        "parameters": [
            {
                "name": "event_id",
                "in": "path",
                "required": True,
                "schema": {"type": "string"},
                "description": "The event_id returned by the POST request",
            }
        ],
        "responses": {
            "200": {
                "description": "SSE stream with event: complete containing a JSON array of outputs",
                "content": {"text/event-stream": TEXT},
            }
        },
    }


def _title_and_description(blocks: Any) -> tuple[Any, Any]:
    """An Interface's own title and description (`None` when not given); a Blocks' title."""
    if getattr(blocks, "mode", "blocks") in ("interface", "chat_interface"):
        return getattr(blocks, "interface_title", None), getattr(blocks, "description", None)
    return getattr(blocks, "title", "Gradio App"), getattr(blocks, "description", "")


def _simplified(schema: Any, is_input: bool) -> Any:
    """`schema` with `$ref`s resolved and every FileData object replaced by a file hint."""
    defs = schema.get("$defs", {}) if isinstance(schema, dict) else {}
    return _files_replaced(_resolved(schema, defs), is_input)


def _resolved(schema: Any, defs: dict[str, Any]) -> Any:
    if isinstance(schema, list):
        return [_resolved(item, defs) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        target = defs.get(str(schema["$ref"]).rsplit("/", 1)[-1])
        return schema if target is None else _resolved(target, defs)
    return {key: _resolved(value, defs) for key, value in schema.items() if key != "$defs"}


def _files_replaced(schema: Any, is_input: bool) -> Any:
    if isinstance(schema, list):
        return [_files_replaced(item, is_input) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if _is_file_schema(schema):
        return dict(FILE_INPUT if is_input else FILE_OUTPUT)
    return {key: _files_replaced(value, is_input) for key, value in schema.items()}


def _is_file_schema(schema: dict[str, Any]) -> bool:
    properties = schema.get("properties")
    if not isinstance(properties, dict) or "path" not in properties or "meta" not in properties:
        return False
    meta = properties["meta"] if isinstance(properties["meta"], dict) else {}
    type_field = meta.get("properties", {}).get("_type")
    if isinstance(type_field, dict):
        return bool(type_field.get("const") == "gradio.FileData")
    default = meta.get("default")
    return isinstance(default, dict) and default.get("_type") == "gradio.FileData"


def _route_operation(route: Route, method: str) -> dict[str, Any]:
    name = getattr(route.endpoint, "__name__", route.name)
    operation: dict[str, Any] = {
        "summary": name.replace("_", " ").strip().title() or " ",
        "operationId": re.sub(r"\W", "_", f"{name}{route.path}") + f"_{method.lower()}",
    }
    parameters = [
        {
            "name": param,
            "in": "path",
            "required": True,
            "schema": {"type": "string", "title": param.replace("_", " ").title()},
        }
        for param in route.param_convertors
    ]
    if parameters:
        operation["parameters"] = parameters
    operation["responses"] = {
        "200": {
            "description": "Successful Response",
            "content": {"application/json": {"schema": {}}},
        }
    }
    return operation


def _method_order(method: str) -> int:
    order = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]
    return order.index(method) if method in order else len(order)
