"""`MultimodalTextbox`: text plus attached files, as one value `{"text", "files"}`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, FormComponent, mark_selectable
from gradio.data import (
    example_file,
    file_data,
    file_data_definition,
    file_data_meta_schema,
    file_path_of,
)
from gradio.events.listener import EventListener
from gradio.exceptions import Error, InvalidValueError

if TYPE_CHECKING:
    from gradio.components.timer import Timer

SAMPLE_IMAGE = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"


class MultimodalTextbox(FormComponent):
    """A textbox that also accepts files; its value is `{"text": str, "files": [paths]}`.

    Parameters:
        value: initial text, or `{"text", "files"}`, or a function computing it.
        sources: where files come from: `"upload"`, `"microphone"`.
        file_types: accepted file types.
        file_count: `"single"`, `"multiple"` or `"directory"`.
        lines: visible lines.
        max_lines: the most lines the box grows to.
        placeholder: hint shown while empty.
        label: the label, also the API parameter name.
        info: help text under the label.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        show_label: whether the label is shown.
        container: whether it sits in a padded box.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        interactive: editable or display-only (default: decided by usage).
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        autofocus: focus it when the page loads.
        autoscroll: keep the end of the text in view.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        text_align: `"left"` or `"right"` alignment.
        rtl: right-to-left text.
        submit_btn: show a submit button (`True` or its label).
        stop_btn: show a stop button (`True` or its label).
        max_plain_text_length: longer pasted text becomes a file.
        html_attributes: extra attributes of the HTML input element.
    """

    change = EventListener("change", "The value changed.", trigger_mode="always_last")
    input = EventListener("input", "The user changed the value.")
    select = EventListener("select", "The user selected text.", callback=mark_selectable)
    submit = EventListener("submit", "The user pressed Enter.")
    focus = EventListener("focus", "The textbox gained focus.")
    blur = EventListener("blur", "The textbox lost focus.")
    stop = EventListener("stop", "The user pressed the stop button.")

    def __init__(
        self,
        value: str | dict[str, Any] | Callable[..., Any] | None = None,
        *,
        sources: list[Literal["upload", "microphone"]]
        | Literal["upload", "microphone"]
        | None = None,
        file_types: list[str] | None = None,
        file_count: Literal["single", "multiple", "directory"] = "single",
        lines: int = 1,
        max_lines: int = 20,
        placeholder: str | None = None,
        label: str | None = None,
        info: str | None = None,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: Visibility = True,
        elem_id: str | None = None,
        autofocus: bool = False,
        autoscroll: bool = True,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
        text_align: Literal["left", "right"] | None = None,
        rtl: bool = False,
        submit_btn: str | bool | None = True,
        stop_btn: str | bool | None = False,
        max_plain_text_length: int = 1000,
        html_attributes: Any = None,
    ) -> None:
        if file_count not in ("single", "multiple", "directory"):
            raise InvalidValueError(
                "MultimodalTextbox", "file_count", f"{file_count!r} is not valid"
            )
        self.sources = [sources] if isinstance(sources, str) else list(sources or ["upload"])
        self.file_types = file_types
        self.file_count = file_count
        self.lines = lines
        self.max_lines = max_lines
        self.placeholder = placeholder
        self.autofocus = autofocus
        self.autoscroll = autoscroll
        self.text_align = text_align
        self.rtl = rtl
        self.submit_btn = submit_btn
        self.stop_btn = stop_btn
        self.max_plain_text_length = max_plain_text_length
        self.html_attributes = html_attributes
        super().__init__(
            {"text": "", "files": []} if value is None else value,
            label=label,
            info=info,
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

    def preprocess(self, payload: Any) -> dict[str, Any] | None:
        """`{"text": str, "files": [paths]}`."""
        if payload is None:
            return None
        if not isinstance(payload, dict):
            raise Error(f"MultimodalTextbox expects {{'text', 'files'}}, got {payload!r}.")
        files = payload.get("files") or []
        if not isinstance(files, list):
            raise Error("MultimodalTextbox `files` must be a list.")
        return {
            "text": str(payload.get("text") or ""),
            "files": [file_path_of(f, "MultimodalTextbox") for f in files],
        }

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        """Text (or `{"text", "files"}` with paths) in the wire shape with FileData."""
        if value is None:
            return None
        if isinstance(value, str):
            return {"text": value, "files": []}
        if not isinstance(value, dict):
            raise Error(f"MultimodalTextbox cannot show a value of type {type(value).__name__}.")
        files = [f if isinstance(f, dict) else file_data(f) for f in value.get("files") or []]
        return {"text": str(value.get("text") or ""), "files": files}

    def api_info(self) -> dict[str, Any]:
        return {
            "$defs": {"FileData": file_data_definition(), "FileDataMeta": file_data_meta_schema()},
            "properties": {
                "text": {"title": "Text", "type": "string"},
                "files": {"items": {"$ref": "#/$defs/FileData"}, "title": "Files", "type": "array"},
            },
            "required": ["text"],
            "title": "MultimodalData",
            "type": "object",
            "additional_description": None,
        }

    def example_payload(self) -> dict[str, Any]:
        return {"text": "Describe this image", "files": [example_file(SAMPLE_IMAGE)]}
