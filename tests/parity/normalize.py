"""Make two servers' descriptions of the same app comparable.

A config or API info fetched from a running app holds values that differ per process:
the random `app_id`, the `theme_hash` digest, each component's `component_class_id`
(and the `class_id` of the components an Examples table shows: digests that include
file paths), ChatInterface's random `secret`, function reprs with their memory address,
the `root` URL with its random port (also inside code snippets and file URLs) and the
local paths of cached files. `normalized()` replaces each with a placeholder; the key
stays, so a missing key is still a difference. Block ids are kept: both servers number
blocks from 0 in a fresh process, so they must agree.
"""

from __future__ import annotations

import json
import re
from typing import Any

ROOT_URL = re.compile(r"https?://127\.0\.0\.1:\d+")
CACHED_FILE = re.compile(r"(/[^\"'\s]*)?/[0-9a-f]{40,64}/")
FUNCTION_REPR = re.compile(r"<function ([\w.<>]+) at 0x[0-9a-f]+>")
PLACEHOLDER_KEYS = {"app_id": "<app_id>", "theme_hash": "<theme_hash>"}


def normalized(dumped: dict[str, Any]) -> dict[str, Any]:
    """`{"config": …, "info": …, "info_all": …}` with per-process values replaced."""
    text = ROOT_URL.sub("<root>", json.dumps(dumped))
    text = CACHED_FILE.sub("<cache>/", text)
    text = FUNCTION_REPR.sub(r"<function \1>", text)
    result: dict[str, Any] = json.loads(text)
    config = result["config"]
    for key, placeholder in PLACEHOLDER_KEYS.items():
        if key in config:
            config[key] = placeholder
    for component in config["components"]:
        if "component_class_id" in component:
            component["component_class_id"] = "<class_id>"
        props = component.get("props", {})
        if "secret" in props:
            props["secret"] = "<secret>"
        for shown in props.get("components", []) if component.get("type") == "dataset" else []:
            if isinstance(shown, dict) and "class_id" in shown:
                shown["class_id"] = "<class_id>"
    return result


def differences(ours: Any, theirs: Any, path: str = "") -> list[str]:
    """Readable differences between two JSON values, one line each (empty when equal)."""
    if isinstance(ours, dict) and isinstance(theirs, dict):
        found: list[str] = []
        for key in sorted(set(ours) | set(theirs)):
            where = f"{path}.{key}"
            if key not in ours:
                found.append(f"{where}: missing (Gradio: {theirs[key]!r})")
            elif key not in theirs:
                found.append(f"{where}: unexpected {ours[key]!r}")
            else:
                found.extend(differences(ours[key], theirs[key], where))
        return found
    if isinstance(ours, list) and isinstance(theirs, list) and len(ours) == len(theirs):
        found = []
        for index, (a, b) in enumerate(zip(ours, theirs, strict=True)):
            found.extend(differences(a, b, f"{path}[{index}]"))
        return found
    return [] if ours == theirs else [f"{path}: {ours!r} != Gradio {theirs!r}"]
