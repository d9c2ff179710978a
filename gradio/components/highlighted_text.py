"""`HighlightedText`: text whose spans carry a category or a score (NER, diffs)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, mark_selectable
from gradio.events.listener import EventListener

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer

Category = str | float | None
"""What a span carries: a category name, a score (-1..1 is drawn red to blue), or nothing."""

Span = tuple[str, Category]
"""One `(text, category)` pair as a user's function returns it."""


class HighlightedText(Component):
    """Shows text in spans, each highlighted by a category (with a colour) or by a score.

    Parameters:
        value: `[(text, category_or_score), ...]`, or a dict `{"text": ..., "entities":
            [{"entity" or "entity_group": ..., "start": ..., "end": ...}, ...]}` (the shape of
            a transformers NER pipeline), or a function computing either on each page load.
        color_map: category → colour (a CSS name or hex), e.g. `{"person": "red"}`; other
            categories get generated colours.
        show_legend: list the categories in a legend above the text instead of inline.
        show_inline_category: show the category after each span (when there is no legend).
        combine_adjacent: merge neighbouring spans of the same category into one.
        adjacent_separator: text put between spans merged by `combine_adjacent`.
        show_whitespaces: `False` strips the whitespace around each span.
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
        interactive: editable: the user can relabel or clear the category of a span.
        rtl: right-to-left text (the legend is aligned right too).
        buttons: custom buttons shown in the corner.
    """

    change = EventListener("change", "The value changed.", trigger_mode="always_last")
    select = EventListener("select", "The user clicked a span.", callback=mark_selectable)

    def __init__(
        self,
        value: list[tuple[str, str | float | None]]
        | dict[str, Any]
        | Callable[..., Any]
        | None = None,
        *,
        color_map: dict[str, str] | None = None,
        show_legend: bool = False,
        show_inline_category: bool = True,
        combine_adjacent: bool = False,
        adjacent_separator: str = "",
        show_whitespaces: bool = True,
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
        interactive: bool | None = None,
        rtl: bool = False,
        buttons: list[Button] | None = None,
    ) -> None:
        self.color_map = color_map
        """Category → CSS colour."""
        self.show_legend = show_legend
        """Whether categories are listed in a legend rather than inline."""
        self.show_inline_category = show_inline_category
        """Whether each span shows its category after it (without a legend)."""
        self.combine_adjacent = combine_adjacent
        """Whether neighbouring spans of one category are merged."""
        self.adjacent_separator = adjacent_separator
        """Text between merged spans."""
        self.show_whitespaces = show_whitespaces
        """`False`: whitespace around each span is stripped."""
        self.rtl = rtl
        """Right-to-left text."""
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
            interactive=interactive,
        )
        self.buttons = list(buttons or [])

    def preprocess(self, payload: Any) -> list[dict[str, Any]] | None:
        """The spans as `[{"token": text, "class_or_confidence": category}, ...]`.

        Gradio hands the function these dicts (its data model dumped), not tuples.
        """
        if payload is None:
            return None
        if not isinstance(payload, list):
            raise ValueError(
                "HighlightedText expects a list of {'token': ..., 'class_or_confidence': ...}, "
                f"got {type(payload).__name__}."
            )
        return [_token_dict(item) for item in payload]

    def postprocess(self, value: Any) -> list[dict[str, Any]] | None:
        """Spans or an entities dict → `[{"token", "class_or_confidence"}, ...]`.

        `{"text": "Ann met Bo", "entities": [{"entity": "PER", "start": 0, "end": 3}]}` →
        `[("", None), ("Ann", "PER"), (" met Bo", None)]` as tokens (the empty text before
        the first entity is kept, as Gradio keeps it, unless `combine_adjacent` drops it).
        """
        if value is None:
            return None
        spans = _spans_from_entities(value) if isinstance(value, dict) else _spans_from_list(value)
        if self.combine_adjacent:
            spans = _combined(spans, self.adjacent_separator)
        return [
            {"token": text if self.show_whitespaces else text.strip(), "class_or_confidence": cat}
            for text, cat in spans
        ]

    def api_info(self) -> dict[str, Any]:
        return {
            "$defs": {
                "HighlightedToken": {
                    "properties": {
                        "token": {"title": "Token", "type": "string"},
                        "class_or_confidence": {
                            "anyOf": [{"type": "string"}, {"type": "number"}, {"type": "null"}],
                            "default": None,
                            "title": "Class Or Confidence",
                        },
                    },
                    "required": ["token"],
                    "title": "HighlightedToken",
                    "type": "object",
                }
            },
            "items": {"$ref": "#/$defs/HighlightedToken"},
            "title": "HighlightedTextData",
            "type": "array",
            "additional_description": None,
        }

    def example_payload(self) -> list[dict[str, Any]]:
        return [
            {"token": "The", "class_or_confidence": None},
            {"token": "quick", "class_or_confidence": "adj"},
        ]

    def example_value(self) -> list[Span]:
        return [("The", None), ("quick", "adj"), ("brown", "adj"), ("fox", "noun")]


def _spans_from_entities(value: dict[str, Any]) -> list[Span]:
    """The text cut at each entity's `start`/`end`, entities in order of `start`."""
    if "text" not in value or "entities" not in value:
        raise ValueError(
            "HighlightedText expects a dict with the keys 'text' and 'entities', "
            f"got the keys {sorted(value)}."
        )
    text, entities = value["text"], value["entities"]
    if not isinstance(text, str) or not isinstance(entities, list):
        raise ValueError("HighlightedText expects 'text' to be a string and 'entities' a list.")
    if not entities:
        return [(text, None)]
    spans: list[Span] = []
    position = 0
    for entity in sorted(entities, key=_entity_start):
        start, end = entity["start"], entity["end"]
        spans.append((text[position:start], None))
        spans.append((text[start:end], entity.get("entity") or entity.get("entity_group")))
        position = end
    spans.append((text[position:], None))
    return spans


def _entity_start(entity: Any) -> int:
    if not isinstance(entity, dict) or not {"start", "end"} <= set(entity):
        raise ValueError(
            "HighlightedText expects each entity to be a dict with 'start', 'end' and "
            f"'entity' (or 'entity_group'), got {entity!r}."
        )
    start: int = entity["start"]
    return start


def _spans_from_list(value: Any) -> list[Span]:
    if not isinstance(value, (list, tuple)):
        raise ValueError(
            "HighlightedText expects a list of (text, category or score) tuples or a dict "
            f"with 'text' and 'entities', got {type(value).__name__}."
        )
    spans: list[Span] = []
    for item in value:
        if not isinstance(item, (list, tuple)) or len(item) != 2 or not isinstance(item[0], str):
            raise ValueError(
                "HighlightedText expects each span to be a (text, category or score) pair, "
                f"got {item!r}."
            )
        spans.append((item[0], _category(item[1])))
    return spans


def _category(category: Any) -> Category:
    """A category as the wire carries it: ints become floats, as Gradio's model makes them."""
    if category is None or isinstance(category, str):
        return category
    if isinstance(category, (int, float)):
        return float(category)
    raise ValueError(
        f"HighlightedText expects a span's category to be a string, a number or None, "
        f"got {category!r}."
    )


def _combined(spans: list[Span], separator: str) -> list[Span]:
    """Neighbouring spans of one category joined by `separator`; empty spans dropped.

    `[("a", "X"), ("b", "X"), ("", None), ("c", None)]` with `" "` → `[("a b", "X"), ("c",
    None)]`: an empty span neither starts a run nor earns a separator.
    """
    merged: list[Span] = []
    for text, category in spans:
        if not text:
            continue
        if merged and merged[-1][1] == category:
            merged[-1] = (merged[-1][0] + separator + text, category)
        else:
            merged.append((text, category))
    return merged


def _token_dict(item: Any) -> dict[str, Any]:
    if not isinstance(item, dict) or not isinstance(item.get("token"), str):
        raise ValueError(
            "HighlightedText expects each span as {'token': str, 'class_or_confidence': "
            f"str | float | None}}, got {item!r}."
        )
    return {
        "token": item["token"],
        "class_or_confidence": _category(item.get("class_or_confidence")),
    }
