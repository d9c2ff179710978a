"""The API description served at `P/info` and inlined in the page (protocol §4).

    {"named_endpoints": {"/greet": {"parameters": [...], "returns": [...],
                                    "api_visibility": "public", "description": "",
                                    "code_snippets": {...}}},
     "unnamed_endpoints": {}}

Only dependencies with a Python function are endpoints. `public` ones are listed;
`undocumented` ones too with `all_endpoints` (then without code snippets); `private` ones
never. State and other `skip_api` components are neither parameters nor returns.
Snippets name the app by `root`, filled per request by the caller.
"""

from __future__ import annotations

import json
from typing import Any

from gradio.server.api_snippets import code_snippets


def api_info(blocks: Any, root: str, all_endpoints: bool = False) -> dict[str, Any]:
    """Describe the app's endpoints.

    Parameters:
        blocks: the app.
        root: the app's root URL, used in the code snippets.
        all_endpoints: also list `undocumented` endpoints (without snippets).
    """
    named: dict[str, Any] = {}
    for fn in blocks.fns:
        if fn.fn is None or fn.api_visibility == "private":
            continue
        if fn.api_visibility == "undocumented" and not all_endpoints:
            continue
        named["/" + str(fn.api_name)] = endpoint_info(fn, root, snippets=not all_endpoints)
    return {"named_endpoints": named, "unnamed_endpoints": {}}


def endpoint_info(fn: Any, root: str, snippets: bool = True) -> dict[str, Any]:
    """The description of one endpoint."""
    names = list(getattr(fn.signature, "input_names", []))
    parameters = [
        parameter_info(component, names[i] if i < len(names) else f"param_{i}")
        for i, component in enumerate(fn.inputs)
        if not _skipped(component)
    ]
    returns = [return_info(component) for component in fn.outputs if not _skipped(component)]
    description = fn.api_description if isinstance(fn.api_description, str) else ""
    info: dict[str, Any] = {
        "parameters": parameters,
        "returns": returns,
        "api_visibility": fn.api_visibility,
        "description": description,
    }
    if snippets:
        info["code_snippets"] = code_snippets(str(fn.api_name), parameters, root)
    return info


def parameter_info(component: Any, name: str) -> dict[str, Any]:
    """One parameter: label, Python name, default, wire and Python types, example."""
    schema = component.api_info_as_input()
    value = getattr(component, "value", None)
    return {
        "label": _label(component, name),
        "parameter_name": name,
        "parameter_has_default": value is not None,
        "parameter_default": _jsonable(value),
        "type": schema,
        "python_type": {
            "type": _python_type(component),
            "description": schema.get("additional_description", ""),
        },
        "component": type(component).__name__,
        "example_input": component.example_payload(),
    }


def return_info(component: Any) -> dict[str, Any]:
    """One returned value: label, wire and Python types."""
    return {
        "label": _label(component, "value"),
        "type": component.api_info_as_output(),
        "python_type": {"type": _python_type(component), "description": ""},
        "component": type(component).__name__,
    }


def _skipped(component: Any) -> bool:
    return bool(getattr(component, "skip_api", False))


def _label(component: Any, fallback: str) -> str:
    label = getattr(component, "label", None)
    return str(label) if label is not None else fallback


def _python_type(component: Any) -> str:
    value = getattr(component, "python_type", None)
    return value if isinstance(value, str) else "Any"


def _jsonable(value: Any) -> Any:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return str(value)
    return value
