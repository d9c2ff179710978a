"""The Python type named in API docs (`python_type` in `/info`), read off a JSON schema.

Clients show these strings (`gradio_client`'s `view_api()`), so they follow the shapes
Gradio uses: `{"type": "number"}` → `float`, a string enum → `Literal['a', 'b']`, a
FileData object → `filepath`, an object → `dict(key: type, ...)`, a list → `list[...]`,
an untyped JSON value → `str | float | bool | list | dict`.
"""

from __future__ import annotations

from typing import Any

ANY_JSON = "str | float | bool | list | dict"
SIMPLE = {"string": "str", "number": "float", "integer": "int", "boolean": "bool", "null": "None"}
FILE_TITLES = ("FileData", "ImageData")


def python_type_of(schema: dict[str, Any]) -> str:
    """The Python type string for a component's `api_info()` schema."""
    return _convert(schema, schema.get("$defs", {}))


def _convert(schema: Any, defs: dict[str, Any]) -> str:
    if not isinstance(schema, dict):
        return "Any"
    if "$ref" in schema:
        return _convert(defs.get(schema["$ref"].rsplit("/", 1)[-1], {}), defs)
    if schema.get("title") in FILE_TITLES:
        return "filepath"
    if "const" in schema:
        return f"Literal[{schema['const']}]"
    if "enum" in schema:
        # quoted with str(), not repr(): gradio_client shows Literal['1', '3'] for [1, 3]
        return "Literal[" + ", ".join(f"'{v}'" for v in schema["enum"]) + "]"
    if "anyOf" in schema:
        return " | ".join(_convert(option, defs) for option in schema["anyOf"])
    kind = schema.get("type")
    if kind == {} or (kind is None and "description" in schema and "title" not in schema):
        return ANY_JSON
    if kind == "array" and "prefixItems" in schema:
        # A fixed-length array (ImageSlider's pair) is a tuple, as gradio_client shows it.
        return f"tuple[{', '.join(_convert(item, defs) for item in schema['prefixItems'])}]"
    if kind == "array":
        return f"list[{_convert(schema.get('items', {}), defs)}]"
    if kind == "object":
        return _object(schema, defs)
    if isinstance(kind, str):
        return SIMPLE.get(kind, "Any")
    return "Any"


def _object(schema: dict[str, Any], defs: dict[str, Any]) -> str:
    properties = schema.get("properties")
    if not properties:
        values = schema.get("additionalProperties")
        if isinstance(values, dict) and values:
            return f"dict(str, {_convert(values, defs)})"
        return "dict(str, Any)" if values else "dict"
    fields = ", ".join(f"{name}: {_convert(sub, defs)}" for name, sub in properties.items())
    return f"dict({fields})"
