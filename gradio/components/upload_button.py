"""`UploadButton`: a button that opens a file chooser and fires `upload` with the files."""

from __future__ import annotations

import mimetypes
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component
from gradio.components.button import BUTTON_VARIANTS
from gradio.data import (
    FileData,
    example_file,
    file_data,
    file_data_definition,
    file_data_meta_schema,
    file_path_of,
    is_url,
    list_of_file_data_schema,
)
from gradio.events.listener import EventListener
from gradio.exceptions import Error, InvalidValueError
from gradio.files.named_string import NamedString

if TYPE_CHECKING:
    from gradio.components.timer import Timer

FILE_COUNTS = ("single", "multiple", "directory")
TYPES = ("filepath", "binary")
SAMPLE_FILE = "https://github.com/gradio-app/gradio/raw/main/test/test_files/sample_file.pdf"


class UploadButton(Component):
    """A button that lets the user pick files; they reach `upload` listeners as its value.

    Parameters:
        label: the text on the button.
        value: a file path (or list of paths) as the initial value, or a function.
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
        type: `"filepath"` passes paths, `"binary"` passes the bytes.
        file_count: `"single"`, `"multiple"` or `"directory"` (the last two pass a list).
        file_types: accepted types: extensions (`".pdf"`) or kinds (`"image"`, `"text"`).
    """

    change = EventListener("change", "The uploaded files changed.", trigger_mode="always_last")
    click = EventListener("click", "The button was clicked (the file chooser opens).")
    upload = EventListener("upload", "The user uploaded files.")

    def __init__(
        self,
        label: str = "Upload a File",
        value: str | list[str] | Callable[..., Any] | None = None,
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
        type: Literal["filepath", "binary"] = "filepath",
        file_count: Literal["single", "multiple", "directory"] = "single",
        file_types: list[str] | None = None,
    ) -> None:
        if type not in TYPES:
            raise InvalidValueError("UploadButton", "type", f"{type!r} is not one of {TYPES}")
        if file_count not in FILE_COUNTS:
            raise InvalidValueError(
                "UploadButton", "file_count", f"{file_count!r} is not one of {FILE_COUNTS}"
            )
        if file_types is not None and not isinstance(file_types, list):
            raise InvalidValueError(
                "UploadButton",
                "file_types",
                f"must be a list such as ['.pdf', 'image'], got {file_types!r}",
            )
        if variant not in BUTTON_VARIANTS:
            raise InvalidValueError(
                "UploadButton", "variant", f"{variant!r} is not one of {BUTTON_VARIANTS}"
            )
        if file_count == "directory" and file_types is not None:
            warnings.warn(
                "UploadButton ignores `file_types` when `file_count` is 'directory'.",
                stacklevel=2,
            )
        self.variant = variant
        """`"primary"`, `"secondary"` or `"stop"`."""
        self.size = size
        """`"sm"`, `"md"` or `"lg"`."""
        self.icon = None if icon is None else str(icon)
        """The icon's path or URL."""
        self.type = type
        """`"filepath"` or `"binary"`."""
        self.file_count = file_count
        """`"single"`, `"multiple"` or `"directory"`."""
        self.file_types = file_types
        """Accepted extensions and kinds, or `None` for any file."""
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

    @property
    def multiple(self) -> bool:
        """Whether the value is a list of files."""
        return self.file_count != "single"

    def preprocess(self, payload: Any) -> Any:
        """A path (or bytes with `type="binary"`); a list unless `file_count="single"`."""
        if payload is None:
            return None
        if not self.multiple:
            # Gradio takes the first file when a list reaches a single-file button.
            if isinstance(payload, list):
                return self._one(payload[0]) if payload else None
            return self._one(payload)
        if not isinstance(payload, list):
            raise Error(
                f"UploadButton with file_count={self.file_count!r} expects a list of files,"
                f" got {payload!r}."
            )
        return [self._one(item) for item in payload]

    def _one(self, payload: Any) -> NamedString | bytes:
        path = file_path_of(payload, "UploadButton")
        if self.type == "binary":
            try:
                return Path(path).read_bytes()
            except OSError as error:
                raise Error(f"UploadButton could not read {path}: {error.strerror}") from None
        # As in Gradio, the type check applies to paths only (binary reads skip it).
        if self.file_types and not matches_file_types(path, self.file_types):
            raise Error(
                "Invalid file type. Please upload a file that is one of these formats:"
                f" {self.file_types}"
            )
        return NamedString(path)

    def postprocess(self, value: Any) -> FileData | list[FileData] | None:
        """FileData for a path, a list of them for a list (whatever `file_count` says)."""
        if value is None:
            return None
        if isinstance(value, (list, tuple)):
            return [self._file_data(item) for item in value]
        return self._file_data(value)

    @staticmethod
    def _file_data(value: Any) -> FileData:
        if not isinstance(value, (str, Path)):
            raise ValueError(f"UploadButton expects file paths (str or Path), got {value!r}.")
        text = str(value)
        if not is_url(text) and not Path(text).is_file():
            raise ValueError(f"UploadButton was given {text!r}, which is not a file.")
        return {**file_data(text), "mime_type": None}

    def api_info(self) -> dict[str, Any]:
        # Gradio publishes the bare FileData/ListFiles models here (no additional_description).
        if self.multiple:
            schema = list_of_file_data_schema()
            del schema["additional_description"]
            return schema
        return {"$defs": {"FileDataMeta": file_data_meta_schema()}, **file_data_definition()}

    def example_payload(self) -> Any:
        example = example_file(SAMPLE_FILE)
        return [example] if self.multiple else example

    def example_value(self) -> Any:
        return [SAMPLE_FILE] if self.multiple else SAMPLE_FILE


def matches_file_types(path: str, file_types: list[str]) -> bool:
    """Whether a file's name fits `file_types`, as Gradio decides it.

    An extension matches the end of the name (case-insensitive, not the whole name); a
    kind matches the start of the guessed MIME type; `"file"` matches everything:

        matches_file_types("/x/Photo.PNG", [".png"])  -> True
        matches_file_types("/x/photo.png", ["image"]) -> True   (image/png)
        matches_file_types("/x/.png", [".png"])       -> False
    """
    name = Path(path).name.lower()
    mime = mimetypes.guess_type(name)[0] or ""
    if name.endswith(".webp"):
        mime = "image/webp"
    for file_type in file_types:
        if file_type == "file":
            return True
        if file_type.startswith("."):
            if len(name) > len(file_type) and name.endswith(file_type.lower()):
                return True
        elif mime.startswith(f"{file_type}/"):
            return True
    return False
