"""`DownloadButton`: a button that downloads a file the server offers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component
from gradio.components.button import BUTTON_VARIANTS
from gradio.data import FileData, example_file, file_data, file_data_schema, file_path_of
from gradio.events.listener import EventListener
from gradio.exceptions import InvalidValueError

if TYPE_CHECKING:
    from gradio.components.timer import Timer

SAMPLE_FILE = "https://github.com/gradio-app/gradio/raw/main/test/test_files/sample_file.pdf"


class DownloadButton(Component):
    """A button that downloads its file when clicked; its value is that file.

    A function sets the file by returning a path (or `None`, which disables the button
    until a file is set again). As an input it passes the current file's path.

    Parameters:
        label: the text on the button.
        value: a path to the file to offer, or a function computing it on each page load.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        variant: `"primary"`, `"secondary"` or `"stop"`.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        size: `"sm"`, `"md"` or `"lg"`.
        icon: an image shown next to the text (path or URL).
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        interactive: `False` disables the button.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
    """

    change = EventListener("change", "The file changed.", trigger_mode="always_last")
    click = EventListener("click", "The button was clicked (the download starts).")

    def __init__(
        self,
        label: str = "Download",
        value: str | Path | Callable[..., Any] | None = None,
        *,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        variant: Literal["primary", "secondary", "stop"] = "secondary",
        visible: Visibility = True,
        size: Literal["sm", "md", "lg"] = "lg",
        icon: str | None = None,
        scale: int | None = None,
        min_width: int | None = None,
        interactive: bool = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
    ) -> None:
        if variant not in BUTTON_VARIANTS:
            raise InvalidValueError(
                "DownloadButton", "variant", f"{variant!r} is not one of {BUTTON_VARIANTS}"
            )
        self.variant = variant
        """`"primary"`, `"secondary"` or `"stop"`."""
        self.size = size
        """`"sm"`, `"md"` or `"lg"`."""
        self.icon = None if icon is None else str(icon)
        """The icon's path or URL."""
        super().__init__(
            value,
            label=label,
            every=every,
            inputs=inputs,
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
        """The path of the button's current file (one the server created)."""
        if payload is None:
            return None
        return file_path_of(payload, "DownloadButton")

    def postprocess(self, value: Any) -> FileData | None:
        """A FileData for the path (or URL) to offer; `None` leaves the button without a file."""
        if value is None:
            return None
        if not isinstance(value, (str, Path)):
            raise ValueError(
                f"DownloadButton expects a file path (str or pathlib.Path), got {value!r}."
            )
        # Gradio sends only the path and name here; size and type come with the download.
        return {**file_data(value), "size": None, "mime_type": None}

    def api_info(self) -> dict[str, Any]:
        return file_data_schema()

    def example_payload(self) -> Any:
        return example_file(SAMPLE_FILE)

    def example_value(self) -> Any:
        return SAMPLE_FILE
