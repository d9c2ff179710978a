"""Signatures and event tables parsed from the Gradio API reference (the public-API spec)."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REFERENCE = Path(__file__).resolve().parents[1] / "fixtures" / "gradio-api-reference.md"

_MISSING = object()


@dataclass(frozen=True)
class Param:
    """One parameter of a reference signature."""

    name: str
    default: Any
    """The default value, or `_MISSING`; values that are not literals stay as source text."""


def reference_text() -> str:
    """The reference document."""
    return REFERENCE.read_text(encoding="utf-8")


def component_signatures() -> dict[str, list[Param]]:
    """`### \\`Name(params)\\`` headings of the reference, parsed."""
    found: dict[str, list[Param]] = {}
    for match in re.finditer(r"^### `(\w+)\((.*)\)`$", reference_text(), flags=re.MULTILINE):
        found[match.group(1)] = _params(match.group(2))
    return found


def listener_signature() -> list[Param]:
    """The shared event-listener signature of the reference."""
    text = reference_text()
    block = text[text.index("component.event_name(") : text.index(") -> Dependency")]
    return _params(block[len("component.event_name(") :])


def events_per_component() -> dict[str, list[str]]:
    """The "Supported events per component" table."""
    found: dict[str, list[str]] = {}
    for match in re.finditer(r"^- \*\*(\w+)\*\*: (.+)$", reference_text(), flags=re.MULTILINE):
        found[match.group(1)] = [event.strip() for event in match.group(2).split(",")]
    return found


def public_names() -> set[str]:
    """Every `gr.X` name used in the reference."""
    return set(re.findall(r"\bgr\.([A-Za-z_]\w*)", reference_text()))


def _params(source: str) -> list[Param]:
    params: list[Param] = []
    for part in _split_top_level(source):
        part = part.strip()
        if not part or part in ("*", "/"):
            continue
        name, _, rest = part.partition(":")
        if "=" in (rest if rest else name):
            default_text = part.rsplit("=", 1)[1].strip()
            params.append(Param(name.split("=")[0].strip(), _literal(default_text)))
        else:
            params.append(Param(name.strip(), _MISSING))
    return params


def _split_top_level(source: str) -> list[str]:
    parts, depth, current, quote = [], 0, "", ""
    for char in source:
        if quote:
            current += char
            if char == quote:
                quote = ""
            continue
        if char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += char
    parts.append(current)
    return parts


def _literal(text: str) -> Any:
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


MISSING = _MISSING
