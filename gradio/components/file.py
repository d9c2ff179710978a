"""`File`: upload or offer one or more files."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, mark_selectable
from gradio.data import (
    example_file,
    file_data,
    file_data_schema,
    file_path_of,
    list_of_file_data_schema,
)
from gradio.events.listener import EventListener
from gradio.exceptions import Error, InvalidValueError
from gradio.files.kinds import check_file_types
from gradio.files.named_string import NamedString

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer

FILE_COUNTS = ("single", "multiple", "directory")
SAMPLE_FILE = "https://github.com/gradio-app/gradio/raw/main/test/test_files/sample_file.pdf"


class File(Component):
    """Files: uploaded by the user (input) or offered for download (output).

    Parameters:
        value: a path or URL, a list of them, or a function computing them.
        file_count: `"single"`, `"multiple"` or `"directory"`.
        file_types: accepted types: extensions (`".pdf"`) or kinds (`"image"`).
        type: `"filepath"` passes paths, `"binary"` passes the bytes.
        label: the label, also the API parameter name.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        show_label: whether the label is shown.
        container: whether it sits in a padded box.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        height: fixed height.
        interactive: editable or display-only (default: decided by usage).
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        allow_reordering: let the user reorder uploaded files.
        buttons: custom buttons shown in the corner.
    """

    change = EventListener("change", "The files changed.", trigger_mode="always_last")
    select = EventListener("select", "The user selected a file.", callback=mark_selectable)
    clear = EventListener("clear", "The user removed all files.")
    upload = EventListener("upload", "The user uploaded files.")
    delete = EventListener("delete", "The user removed a file.")
    download = EventListener("download", "The user downloaded a file.")

    def __init__(
        self,
        value: str | list[str] | Callable[..., Any] | None = None,
        file_count: Literal["single", "multiple", "directory"] = "single",
        file_types: list[str] | None = None,
        type: Literal["filepath", "binary"] = "filepath",
        label: str | None = None,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        height: int | str | float | None = None,
        interactive: bool | None = None,
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
        allow_reordering: bool = False,
        buttons: list[Button] | None = None,
    ) -> None:
        if file_count not in FILE_COUNTS:
            raise InvalidValueError(
                "File", "file_count", f"{file_count!r} is not one of {FILE_COUNTS}"
            )
        if type not in ("filepath", "binary"):
            raise InvalidValueError("File", "type", f"{type!r} is not 'filepath' or 'binary'")
        self.file_count = file_count
        """`"single"`, `"multiple"` or `"directory"`."""
        self.file_types = file_types
        self.type = type
        """`"filepath"` or `"binary"`."""
        self.height = height
        self.allow_reordering = allow_reordering
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
            interactive=interactive,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )

    @property
    def multiple(self) -> bool:
        """Whether the value is a list of files."""
        return self.file_count != "single"

    def preprocess(self, payload: Any) -> Any:
        """Paths (or bytes with `type="binary"`); a list when several files are allowed."""
        if payload is None:
            return None
        if self.multiple:
            items = payload if isinstance(payload, list) else [payload]
            return [self._one(item) for item in items]
        if isinstance(payload, list):
            raise Error("File expects one file, got a list (set file_count='multiple').")
        return self._one(payload)

    def _one(self, payload: Any) -> NamedString | bytes:
        path = file_path_of(payload, "File")
        if self.type == "binary":
            try:
                return Path(path).read_bytes()
            except OSError as error:
                raise Error(f"File could not read {path}: {error.strerror}") from None
        # As in Gradio, the type check applies to paths only (binary reads skip it).
        check_file_types(path, self.file_types)
        return NamedString(path)  # `file.name` keeps working, as in Gradio

    def postprocess(self, value: Any) -> Any:
        """FileData for a path (or a list of them)."""
        if value is None:
            return None
        if isinstance(value, (list, tuple)):
            return [file_data(v) for v in value]
        return [file_data(value)] if self.multiple else file_data(value)

    def api_info(self) -> dict[str, Any]:
        return list_of_file_data_schema() if self.multiple else file_data_schema()

    def example_payload(self) -> Any:
        example = example_file(SAMPLE_FILE)
        return [example] if self.multiple else example
