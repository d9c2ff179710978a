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

import inspect
import json
from typing import Any

from gradio.server.api_snippets import code_snippets

I18N_PREFIX = "__i18n__"


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
    defaults = list(getattr(fn.signature, "input_defaults", []))
    parameters = [
        parameter_info(
            component,
            names[i] if i < len(names) else f"param_{i}",
            defaults[i] if i < len(defaults) else inspect.Parameter.empty,
        )
        for i, component in enumerate(fn.inputs)
        if not _skipped(component)
    ]
    returns = [return_info(component) for component in fn.outputs if not _skipped(component)]
    info: dict[str, Any] = {
        "parameters": parameters,
        "returns": returns,
        "api_visibility": fn.api_visibility,
        "description": _description(fn),
    }
    if snippets:
        info["code_snippets"] = code_snippets(str(fn.api_name), parameters, root)
    return info


def parameter_info(
    component: Any, name: str, fn_default: Any = inspect.Parameter.empty
) -> dict[str, Any]:
    """One parameter: label, Python name, default, wire and Python types, example.

    The default is the component's initial value; without one, a function parameter
    defaulting to `None` still makes the parameter optional (with default `None`).
    """
    schema = component.api_info_as_input()
    value = component.get_config().get("value")
    return {
        "label": _label(component, f"parameter_{component._id}"),
        "parameter_name": name,
        "parameter_has_default": value is not None or fn_default is None,
        "parameter_default": _jsonable(value),
        "type": schema,
        "python_type": {
            "type": _python_type(component),
            "description": schema.get("additional_description", ""),
        },
        "component": _component_name(component),
        "example_input": component.example_payload(),
    }


def return_info(component: Any) -> dict[str, Any]:
    """One returned value: label, wire and Python types."""
    schema = component.api_info_as_output()
    return {
        "label": _label(component, f"value_{component._id}"),
        "type": schema,
        "python_type": {
            "type": _python_type(component),
            "description": schema.get("description", ""),
        },
        "component": _component_name(component),
    }


def _component_name(component: Any) -> str:
    """`Textbox`, `Json`...: the class's name where it differs from the config type
    (the native plots share the type `nativeplot`; the API says `Lineplot`, `Barplot`)."""
    name = getattr(component, "get_block_class", component.get_block_name)()
    return str(name).capitalize()


def _skipped(component: Any) -> bool:
    return bool(getattr(component, "skip_api", False))


def _label(component: Any, fallback: str) -> Any:
    """The label, or `fallback` without one; a translated label as its metadata dict."""
    label = getattr(component, "label", None)
    if label is None:
        return fallback
    label = str(label)
    if label.startswith(I18N_PREFIX):
        metadata = json.loads(label[len(I18N_PREFIX) :])
        return {"_type": metadata["__type__"], "key": metadata["key"]}
    return label


def _description(fn: Any) -> str:
    """`api_description`, or (when it is `None`) the summary of the function's docstring.

    The summary is every non-blank docstring line before an `Args:`, `Parameters:`,
    `Arguments:` or `Returns:` line, stripped and joined by spaces.
    """
    if isinstance(fn.api_description, str):
        return fn.api_description
    if fn.api_description is False or fn.fn is None:
        return ""
    lines: list[str] = []
    for line in (inspect.getdoc(fn.fn) or "").strip().split("\n"):
        line = line.strip()
        if line.startswith(("Args:", "Parameters:", "Arguments:", "Returns:")):
            break
        if line:
            lines.append(line)
    return " ".join(lines)


def _python_type(component: Any) -> str:
    value = getattr(component, "python_type", None)
    return value if isinstance(value, str) else "Any"


def _jsonable(value: Any) -> Any:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return str(value)
    return value
