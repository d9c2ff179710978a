"""Compare a radiogram config with a config captured from Gradio 6.31, field for field.

Block ids come from one process-wide counter, so an app built in the middle of a test
run does not start at 0 like the captured one. `normalized()` shifts every block id by
the root's id and drops the fields that differ per process (`app_id`, the per-request
`root`, `theme_hash`, class digests that include file paths, function reprs).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CAPTURES = Path(__file__).resolve().parents[1] / "fixtures" / "captures"

PER_PROCESS_KEYS = ("app_id", "root", "username", "theme_hash")


def load_capture(name: str) -> dict[str, Any]:
    """A captured JSON file by name, e.g. `"a_greet.config.json"`."""
    data: dict[str, Any] = json.loads((CAPTURES / name).read_text())
    return data


def normalized(config: dict[str, Any]) -> dict[str, Any]:
    """`config` with block ids relative to the root and per-process fields removed."""
    root = config["layout"]["id"]
    config = json.loads(json.dumps(config))
    for key in PER_PROCESS_KEYS:
        config.pop(key, None)

    def shift(block_id: int | None) -> int | None:
        return None if block_id is None else block_id - root

    for component in config["components"]:
        component["id"] = shift(component["id"])
        component.pop("component_class_id", None)
        props = component["props"]
        if "delete_callback" in props:
            props["delete_callback"] = "<function>"
        if "component_ids" in props:
            props["component_ids"] = [shift(i) for i in props["component_ids"]]
        for sub in props.get("components", []) if isinstance(props.get("components"), list) else []:
            if isinstance(sub, dict):
                sub.pop("class_id", None)
    for dep in config["dependencies"]:
        dep["targets"] = [[shift(t[0]), t[1]] for t in dep["targets"]]
        dep["inputs"] = [shift(i) for i in dep["inputs"]]
        dep["outputs"] = [shift(i) for i in dep["outputs"]]
        if dep.get("show_progress_on"):
            dep["show_progress_on"] = [shift(i) for i in dep["show_progress_on"]]

    def shift_tree(node: dict[str, Any]) -> None:
        node["id"] = shift(node["id"])
        for child in node.get("children", []):
            shift_tree(child)

    shift_tree(config["layout"])
    for page in config["page"].values():
        shift_tree(page["layout"])
        page["components"] = [shift(i) for i in page["components"]]
    return config


def differences(ours: dict[str, Any], captured: dict[str, Any], path: str = "") -> list[str]:
    """Human-readable differences between two JSON values (empty when equal)."""
    if isinstance(ours, dict) and isinstance(captured, dict):
        found: list[str] = []
        for key in sorted(set(ours) | set(captured)):
            if key not in ours:
                found.append(f"{path}.{key}: missing (captured {captured[key]!r})")
            elif key not in captured:
                found.append(f"{path}.{key}: unexpected {ours[key]!r}")
            else:
                found.extend(differences(ours[key], captured[key], f"{path}.{key}"))
        return found
    if isinstance(ours, list) and isinstance(captured, list) and len(ours) == len(captured):
        found = []
        for index, (a, b) in enumerate(zip(ours, captured, strict=True)):
            found.extend(differences(a, b, f"{path}[{index}]"))
        return found
    return [] if ours == captured else [f"{path}: {ours!r} != captured {captured!r}"]


FIXTURES = Path(__file__).resolve().parent / "fixtures"


def load_fixture(name: str) -> dict[str, Any]:
    """A config recorded from Gradio 6.31 for these tests, e.g. `"gradio_6_31_layouts"`."""
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.config.json").read_text())
    return data
