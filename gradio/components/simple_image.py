"""`SimpleImage`: a minimal image upload and preview, passed around as a file path."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component
from gradio.data import example_file, file_data, file_data_schema, file_path_of
from gradio.events.listener import EventListener

if TYPE_CHECKING:
    from gradio.components.timer import Timer

SAMPLE_IMAGE = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"


class SimpleImage(Component):
    """An image as a path: uploaded by the user (input) or shown (output), no editing.

    Gradio keeps this component in `gradio._simple_templates` (the template for custom
    components); radiogram also exports it as `gr.SimpleImage`.

    Parameters:
        value: a path or URL of an image.
        label: the label, also the API parameter name.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        show_label: whether the label is shown.
        show_download_button: show a button to download the image.
        container: whether it sits in a padded box.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        interactive: whether the user can upload (default: decided by usage).
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
    """

    clear = EventListener("clear", "The user removed the image.")
    change = EventListener("change", "The image changed.")
    upload = EventListener("upload", "The user uploaded an image.")

    def __init__(
        self,
        value: str | None = None,
        *,
        label: str | None = None,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        show_label: bool | None = None,
        show_download_button: bool = True,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
    ) -> None:
        self.show_download_button = show_download_button
        """Whether the preview offers a download button."""
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
        """The uploaded image's path."""
        if payload is None:
            return None
        return file_path_of(payload, "SimpleImage")

    def postprocess(self, value: Any) -> Any:
        """A FileData for a path or URL."""
        if value is None:
            return None
        if not isinstance(value, (str, Path)):
            raise ValueError(f"SimpleImage shows a file path or URL, got {type(value).__name__}.")
        return file_data(value, orig_name=Path(value).name)

    def api_info(self) -> dict[str, Any]:
        return file_data_schema()

    def example_payload(self) -> Any:
        return example_file(SAMPLE_IMAGE)

    def example_value(self) -> Any:
        return SAMPLE_IMAGE
