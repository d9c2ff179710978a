"""`Markdown`: rendered Markdown text."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component
from gradio.events.listener import EventListener

if TYPE_CHECKING:
    from gradio.components.timer import Timer

DEFAULT_LATEX_DELIMITERS: list[dict[str, str | bool]] = [
    {"left": "$$", "right": "$$", "display": True}
]
"""LaTeX is rendered between `$$ ... $$` unless told otherwise."""


class Markdown(Component):
    """Shows Markdown (with optional LaTeX) as formatted text.

    Parameters:
        value: the Markdown text, or a function computing it on each page load.
        label: a label (hidden by default).
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        show_label: whether the label is shown (default: no).
        rtl: right-to-left text.
        latex_delimiters: delimiters of LaTeX formulas (`left`, `right`, `display`).
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        sanitize_html: strip unsafe HTML.
        line_breaks: single newlines become line breaks.
        header_links: headings get anchor links.
        height: fixed height.
        max_height: maximum height.
        min_height: minimum height.
        buttons: `["copy"]` shows a copy button.
        container: whether it sits in a padded box.
        padding: whether it has inner padding.
    """

    change = EventListener("change", "The text changed.", trigger_mode="always_last")
    copy = EventListener("copy", "The user copied the text.")

    def __init__(
        self,
        value: str | Callable[..., Any] | None = None,
        label: str | None = None,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        show_label: bool | None = None,
        rtl: bool = False,
        latex_delimiters: list[dict[str, str | bool]] | None = None,
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
        sanitize_html: bool = True,
        line_breaks: bool = False,
        header_links: bool = False,
        height: int | str | None = None,
        max_height: int | str | None = None,
        min_height: int | str | None = None,
        buttons: list[Literal["copy"]] | None = None,
        container: bool = False,
        padding: bool = False,
    ) -> None:
        self.rtl = rtl
        self.latex_delimiters = latex_delimiters or [dict(d) for d in DEFAULT_LATEX_DELIMITERS]
        self.sanitize_html = sanitize_html
        self.line_breaks = line_breaks
        self.header_links = header_links
        self.height = height
        self.max_height = max_height
        self.min_height = min_height
        self.buttons = buttons
        self.padding = padding
        super().__init__(
            value,
            label=label,
            every=every,
            inputs=inputs,
            show_label=bool(show_label),
            container=container,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )

    def preprocess(self, payload: Any) -> str | None:
        """The Markdown text."""
        return None if payload is None else str(payload)

    def postprocess(self, value: Any) -> str | None:
        """The text with common indentation removed (so triple-quoted strings render)."""
        return None if value is None else inspect.cleandoc(str(value))

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    def example_payload(self) -> str:
        return "# Hello!"
