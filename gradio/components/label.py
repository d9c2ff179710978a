"""`Label`: a classification result, the top class and the confidences of the others."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, mark_selectable
from gradio.events.listener import EventListener

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer

LabelKey = str | int | float
"""A class name as it travels: Gradio keeps numeric keys of a confidence dict numeric."""


class Label(Component):
    """Shows a classification label, with bars for the confidences of the top classes.

    Parameters:
        value: a `{class: confidence}` dict, a plain label (`str`, `int`, `float`), the path
            of a `.json` file holding either, or a function computing it on each page load.
        num_top_classes: how many of the most confident classes to show (default: all).
        label: the label of the component, also the API parameter name.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        show_label: whether the label is shown.
        container: whether it sits in a padded box.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        color: background colour of the top label (a CSS colour name or hex string).
        show_heading: show the top class above the bars (a plain label is always shown).
        buttons: custom buttons shown in the corner.
    """

    change = EventListener("change", "The value changed.", trigger_mode="always_last")
    select = EventListener("select", "The user clicked a class.", callback=mark_selectable)

    def __init__(
        self,
        value: dict[str, float] | str | float | Callable[..., Any] | None = None,
        *,
        num_top_classes: int | None = None,
        label: str | None = None,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
        color: str | None = None,
        show_heading: bool = True,
        buttons: list[Button] | None = None,
    ) -> None:
        self.num_top_classes = num_top_classes
        """How many of the most confident classes are shown (`None`: all)."""
        self.color = color
        """Background colour of the top label."""
        self.show_heading = show_heading
        """Whether the top class is shown above the confidence bars."""
        self.buttons = list(buttons or [])
        super().__init__(
            value,
            label=label,
            every=every,
            inputs=inputs,
            show_label=show_label,
            container=container,
            scale=scale,
            min_width=min_width,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )

    def preprocess(self, payload: Any) -> dict[LabelKey, float | None] | LabelKey | None:
        """The `{class: confidence}` dict, or the plain label when there are no confidences."""
        if payload is None:
            return None
        if not isinstance(payload, dict):
            raise ValueError(
                "Label expects a payload like {'label': ..., 'confidences': [...]}, "
                f"got {type(payload).__name__}."
            )
        confidences = payload.get("confidences")
        if confidences is None:
            label: LabelKey | None = payload.get("label")
            return label
        if not isinstance(confidences, list) or not all(isinstance(c, dict) for c in confidences):
            raise ValueError("Label expects `confidences` to be a list of {label, confidence}.")
        return {c.get("label"): c.get("confidence") for c in confidences}

    def postprocess(self, value: Any) -> dict[str, Any]:
        """A label, a confidence dict or a `.json` file → `{label, confidences}` for the page.

        Confidences are sorted, most confident first, and cut to `num_top_classes`:
        `{"short": 0.2, "long": 0.8}` → `{"label": "long", "confidences":
        [{"label": "long", "confidence": 0.8}, {"label": "short", "confidence": 0.2}]}`.
        `None` (or `{}`) clears the component.
        """
        if value is None or value == {}:
            return {}
        if isinstance(value, str) and value.endswith(".json") and Path(value).is_file():
            return self._from_json_file(Path(value))
        if isinstance(value, (str, int, float)):
            return {"label": str(value), "confidences": None}
        if isinstance(value, dict):
            if isinstance(value.get("confidences"), list):
                # Already in the wire shape (e.g. an example payload): re-sort and cut.
                value = {c["label"]: c["confidence"] for c in _confidence_entries(value)}
            return self._ranked(value)
        raise ValueError(
            "Label expects a string, int or float label, or a dict mapping labels to "
            f"confidences; got {type(value).__name__}."
        )

    def _ranked(self, confidences: dict[Any, Any]) -> dict[str, Any]:
        for name, confidence in confidences.items():
            if not isinstance(confidence, (int, float)):
                raise ValueError(f"Label confidences must be numbers; {name!r} has {confidence!r}.")
        ranked = sorted(confidences.items(), key=lambda item: item[1], reverse=True)
        shown = ranked if self.num_top_classes is None else ranked[: self.num_top_classes]
        return {
            "label": _label_key(ranked[0][0]),
            "confidences": [
                {"label": _label_key(name), "confidence": float(confidence)}
                for name, confidence in shown
            ],
        }

    def _from_json_file(self, path: Path) -> dict[str, Any]:
        """A `.json` file holds the wire shape (shown as it is) or anything else accepted."""
        loaded = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(loaded, dict) and loaded and set(loaded) <= {"label", "confidences"}:
            return {"label": loaded.get("label"), "confidences": loaded.get("confidences")}
        result: dict[str, Any] = self.postprocess(loaded)
        return result

    def api_info(self) -> dict[str, Any]:
        return {
            "$defs": {"LabelConfidence": _label_confidence_schema()},
            "properties": {
                "label": _label_schema(),
                "confidences": {
                    "anyOf": [
                        {"items": {"$ref": "#/$defs/LabelConfidence"}, "type": "array"},
                        {"type": "null"},
                    ],
                    "default": None,
                    "title": "Confidences",
                },
            },
            "title": "LabelData",
            "type": "object",
            "additional_description": None,
        }

    def example_payload(self) -> dict[str, Any]:
        return {
            "label": "Cat",
            "confidences": [
                {"label": "cat", "confidence": 0.9},
                {"label": "dog", "confidence": 0.1},
            ],
        }

    def example_value(self) -> dict[str, float]:
        return {"cat": 0.9, "dog": 0.1}


def _label_key(name: Any) -> LabelKey:
    return name if isinstance(name, (str, int, float)) else str(name)


def _confidence_entries(value: dict[str, Any]) -> list[dict[str, Any]]:
    entries = value["confidences"]
    if not all(isinstance(c, dict) and "label" in c and "confidence" in c for c in entries):
        raise ValueError("Label expects `confidences` to be a list of {label, confidence}.")
    return list(entries)


def _label_schema() -> dict[str, Any]:
    return {
        "anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "null"}],
        "default": None,
        "title": "Label",
    }


def _label_confidence_schema() -> dict[str, Any]:
    return {
        "properties": {
            "label": _label_schema(),
            "confidence": {
                "anyOf": [{"type": "number"}, {"type": "null"}],
                "default": None,
                "title": "Confidence",
            },
        },
        "title": "LabelConfidence",
        "type": "object",
    }
