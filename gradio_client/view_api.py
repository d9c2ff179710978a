"""`Client.view_api()`: the API info as `gradio_client` shows and returns it."""

from __future__ import annotations

import copy
from typing import Any

from gradio_client.files import map_files


def public_info(info: dict[str, Any]) -> dict[str, Any]:
    """The API info as `view_api(return_format="dict")` returns it: endpoints that are
    not private, without their `code_snippets` and `api_visibility`.

    Parameters:
        info: the body of `GET P/info`.
    """
    named: dict[str, Any] = {}
    for name, endpoint in info.get("named_endpoints", {}).items():
        if endpoint.get("api_visibility", "public") == "private":
            continue
        shown = copy.deepcopy(endpoint)
        shown.pop("code_snippets", None)
        shown.pop("api_visibility", None)
        shown.pop("show_api", None)
        named[name] = shown
    return {
        "named_endpoints": named,
        "unnamed_endpoints": copy.deepcopy(info.get("unnamed_endpoints", {})),
    }


def render_info(info: dict[str, Any], all_endpoints: bool | None = None) -> str:
    """The usage text `view_api()` prints.

    Parameters:
        info: the info as returned by `public_info`.
        all_endpoints: also list unnamed endpoints (the default when none is named).
    """
    named = info["named_endpoints"]
    unnamed = info["unnamed_endpoints"]
    if not named and all_endpoints is None:
        all_endpoints = True
    text = "Client.predict() Usage Info\n---------------------------\n"
    text += f"Named API endpoints: {len(named)}\n"
    for api_name, endpoint in named.items():
        text += render_endpoint(api_name, endpoint)
    if all_endpoints:
        text += f"\nUnnamed API endpoints: {len(unnamed)}\n"
        for fn_index, endpoint in unnamed.items():
            text += render_endpoint(int(fn_index), endpoint)
    elif unnamed:
        text += (
            f"\nUnnamed API endpoints: {len(unnamed)}, to view, run "
            "Client.view_api(all_endpoints=True)\n"
        )
    return text


def render_endpoint(name_or_index: str | int, endpoint: dict[str, Any]) -> str:
    """The usage block of one endpoint, starting with its `predict(...)` call.

    Parameters:
        name_or_index: `"/api_name"` or an `fn_index`.
        endpoint: its entry of the API info.
    """
    parameters = endpoint["parameters"]
    returns = endpoint["returns"]
    arguments = "".join(f"{_parameter_name(p)}, " for p in parameters)
    results = ", ".join(clean_name(r["label"]) for r in returns)
    if len(returns) > 1:
        results = f"({results})"
    selector = (
        f'api_name="{name_or_index}"'
        if isinstance(name_or_index, str)
        else f"fn_index={name_or_index}"
    )
    lines = [f"\n - predict({arguments}{selector}) -> {results}\n", "    Parameters:\n"]
    if not parameters:
        lines.append("     - None\n")
    for parameter in parameters:
        lines.append(_render_parameter(parameter))
    lines.append("    Returns:\n")
    if not returns:
        lines.append("     - None\n")
    for value in returns:
        type_ = value["python_type"]["type"]
        lines.append(
            f"     - [{value['component']}] {clean_name(value['label'])}: {type_}{_desc(value)} \n"
        )
    return "".join(lines)


def clean_name(name: str) -> str:
    """A label made readable as a Python name: letters, digits and `_`, lower case.

    Parameters:
        name: e.g. `"Input Image (RGB)"` → `"input_image_rgb"`.
    """
    kept = "".join(char for char in name if char.isalnum() or char in " _")
    return kept.replace(" ", "_").lower()


def _parameter_name(parameter: dict[str, Any]) -> str:
    return clean_name(parameter.get("parameter_name") or parameter["label"])


def _render_parameter(parameter: dict[str, Any]) -> str:
    type_ = parameter["python_type"]["type"]
    if parameter.get("parameter_has_default", False):
        default = map_files(
            parameter.get("parameter_default"), lambda f: f'handle_file("{f.get("url")}")'
        )
        requirement = f"(not required, defaults to:   {default})"
        if default is None:
            type_ += " | None"
    else:
        requirement = "(required)"
    name = _parameter_name(parameter)
    return f"     - [{parameter['component']}] {name}: {type_} {requirement} {_desc(parameter)} \n"


def _desc(entry: dict[str, Any]) -> str:
    description = entry["python_type"].get("description")
    return f" ({description})" if description else ""
