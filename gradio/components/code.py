"""`Code`: a code viewer, or an editor when interactive."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, get_args

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component
from gradio.events.listener import EventListener
from gradio.exceptions import InvalidValueError

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer

CodeLanguage = Literal[
    "python",
    "c",
    "cpp",
    "markdown",
    "latex",
    "json",
    "html",
    "css",
    "javascript",
    "jinja2",
    "typescript",
    "yaml",
    "dockerfile",
    "shell",
    "r",
    "sql",
    "sql-msSQL",
    "sql-mySQL",
    "sql-mariaDB",
    "sql-sqlite",
    "sql-cassandra",
    "sql-plSQL",
    "sql-hive",
    "sql-pgSQL",
    "sql-gql",
    "sql-gpSQL",
    "sql-sparkSQL",
    "sql-esper",
]
"""The languages `Code` can colour."""


class Code(Component):
    """Shows source code with line numbers and colours; editable when interactive.

    Parameters:
        value: the code, or a function computing it on each page load.
        language: the language to colour it as (one of `Code.languages`; `None`: plain text).
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        lines: the fewest lines shown.
        max_lines: the most lines shown before scrolling (default: grow with the code).
        label: the label, also the API parameter name.
        interactive: editable or display-only (default: decided by usage).
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
        wrap_lines: wrap long lines instead of scrolling sideways.
        show_line_numbers: show the line-number gutter.
        autocomplete: offer completions while editing (accepted; the editor has none).
        buttons: `"copy"`, `"download"` and/or custom buttons (default: copy and download).
    """

    languages: ClassVar[list[str | None]] = [*get_args(CodeLanguage), None]
    """Every accepted `language` (`None` shows plain text)."""

    change = EventListener("change", "The code changed.", trigger_mode="always_last")
    input = EventListener("input", "The user edited the code.")
    focus = EventListener("focus", "The editor gained focus.")
    blur = EventListener("blur", "The editor lost focus.")

    def __init__(
        self,
        value: str | Callable[..., Any] | None = None,
        language: CodeLanguage | None = None,
        *,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        lines: int = 5,
        max_lines: int | None = None,
        label: str | None = None,
        interactive: bool | None = None,
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
        wrap_lines: bool = False,
        show_line_numbers: bool = True,
        autocomplete: bool = False,
        buttons: list[Literal["copy", "download"] | Button] | None = None,
    ) -> None:
        if language not in Code.languages:
            raise InvalidValueError(
                "Code", "language", f"{language!r} is not supported; see gr.Code.languages"
            )
        self.language = language
        """The language the code is coloured as."""
        self.lines = lines
        """The fewest lines shown."""
        self.max_lines = None if max_lines is None else max(lines, max_lines)
        """The most lines shown before scrolling (never fewer than `lines`)."""
        self.wrap_lines = wrap_lines
        self.show_line_numbers = show_line_numbers
        self.autocomplete = autocomplete
        self.buttons = ["copy", "download"] if buttons is None else list(buttons)
        super().__init__(
            value,
            label=label,
            every=every,
            inputs=inputs,
            show_label=show_label,
            container=container,
            scale=scale,
            min_width=min_width,
            interactive=interactive,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )

    def preprocess(self, payload: Any) -> str | None:
        """The code as a `str` (`None` stays `None`)."""
        if payload is None or isinstance(payload, str):
            return payload
        raise ValueError(f"Code expects a string of code, got {type(payload).__name__}.")

    def postprocess(self, value: Any) -> str | None:
        """The code with surrounding blank space stripped (`None` stays `None`)."""
        if value is None:
            return None
        if isinstance(value, tuple):
            # Gradio once accepted `(path,)` to show a file; 6.x refuses it with this advice.
            raise ValueError(
                "Code no longer shows files given as tuples: read the file and return its "
                "contents as a str."
            )
        if not isinstance(value, str):
            raise ValueError(f"Code expects a str of code, got {type(value).__name__}.")
        return value.strip()

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    def example_payload(self) -> str:
        return "print('Hello World')"
