"""`Image`: upload, capture or show an image."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, mark_selectable
from gradio.data import example_file, file_data, file_path_of, image_data_schema
from gradio.events.listener import EventListener
from gradio.exceptions import Error, InvalidValueError
from gradio.media import image as media

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer

IMAGE_TYPES = ("numpy", "pil", "filepath")
SAMPLE_IMAGE = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"


class Image(Component):
    """An image: uploaded, captured with the webcam, pasted, or shown as output.

    Parameters:
        value: a path, URL, PIL image or numpy array, or a function computing one.
        format: file format of output images made from arrays or PIL images.
        height: display height.
        width: display width.
        image_mode: PIL mode the input is converted to (`None`: keep the file's mode).
        sources: where input images come from: `"upload"`, `"webcam"`, `"clipboard"`.
        type: what the function receives: `"numpy"`, `"pil"` or `"filepath"`.
        label: the label, also the API parameter name.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        show_label: whether the label is shown.
        buttons: `"download"`, `"share"`, `"fullscreen"` and/or custom buttons.
        container: whether it sits in a padded box.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        interactive: editable or display-only (default: decided by usage).
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        streaming: stream webcam frames continuously.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        webcam_options: webcam settings (`mirror`, `constraints`).
        placeholder: Markdown shown while empty.
        watermark: an image drawn over output images.
    """

    clear = EventListener("clear", "The user removed the image.")
    change = EventListener("change", "The image changed.", trigger_mode="always_last")
    stream = EventListener(
        "stream",
        "A webcam frame arrived (with `streaming=True`).",
        trigger_mode="multiple",
        show_progress="minimal",
        connection="stream",
        event_specific_args=["stream_every"],
    )
    select = EventListener("select", "The user clicked the image.", callback=mark_selectable)
    upload = EventListener("upload", "The user uploaded an image.")
    input = EventListener("input", "The user changed the image.")

    def __init__(
        self,
        value: str | Any | Callable[..., Any] | None = None,
        format: str = "webp",
        height: int | str | None = None,
        width: int | str | None = None,
        image_mode: Literal["1", "L", "P", "RGB", "RGBA", "CMYK", "YCbCr", "LAB", "HSV", "I", "F"]
        | None = "RGB",
        sources: list[Literal["upload", "webcam", "clipboard"]]
        | Literal["upload", "webcam", "clipboard"]
        | None = None,
        type: Literal["numpy", "pil", "filepath"] = "numpy",
        label: str | None = None,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        show_label: bool | None = None,
        buttons: list[Literal["download", "share", "fullscreen"] | Button] | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: Visibility = True,
        streaming: bool = False,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
        webcam_options: Any = None,
        placeholder: str | None = None,
        watermark: Any = None,
    ) -> None:
        if type not in IMAGE_TYPES:
            raise InvalidValueError("Image", "type", f"{type!r} is not one of {IMAGE_TYPES}")
        self.format = format
        self.height = height
        self.width = width
        self.image_mode = image_mode
        """PIL mode inputs are converted to."""
        self.sources = (
            [sources]
            if isinstance(sources, str)
            else list(sources or ["upload", "webcam", "clipboard"])
        )
        self.type = type
        """`"numpy"`, `"pil"` or `"filepath"`."""
        self.buttons = list(buttons) if buttons is not None else ["download", "share", "fullscreen"]
        self.streaming = streaming
        self.webcam_options = _as_dict(webcam_options) or {"mirror": True, "constraints": None}
        self.placeholder = placeholder
        self.watermark = _as_dict(watermark) or {"watermark": None, "position": "bottom-right"}
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

    def leading_props(self) -> dict[str, Any]:
        return {"streamable": self.streaming}

    def preprocess(self, payload: Any) -> Any:
        """A path, PIL image or numpy array, as `type` asks."""
        if payload is None:
            return None
        frame = _streamed_frame(payload)
        if frame is not None:  # decoded in memory: a stream sends several frames a second
            if self.type == "filepath":
                from gradio.media.temp import temp_file_for

                return str(temp_file_for(frame[0], frame[1]))
            image = media.open_image(io.BytesIO(frame[0]), self.image_mode)
            return image if self.type == "pil" else media.to_numpy(image)
        path = file_path_of(payload, "Image")
        if self.type == "filepath":
            return path
        try:
            image = media.open_image(path, self.image_mode)
        except (OSError, ValueError) as error:
            raise Error(f"Image could not open {Path(path).name}: {error}") from None
        return image if self.type == "pil" else media.to_numpy(image)

    def postprocess(self, value: Any) -> Any:
        """FileData for a path, URL, PIL image or array (saved in `format`)."""
        if value is None:
            return None
        if isinstance(value, (str, Path)):
            return file_data(value)
        if media.is_pil_image(value) or media.is_array(value):
            return file_data(media.save_image(value, self.format))
        raise Error(f"Image cannot show a value of type {type(value).__name__}.")

    def api_info(self) -> dict[str, Any]:
        return image_data_schema()

    def example_payload(self) -> Any:
        return example_file(SAMPLE_IMAGE)


def _as_dict(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return dict(value)
    return {k: v for k, v in vars(value).items() if not k.startswith("_")}


def _streamed_frame(payload: Any) -> tuple[bytes, str] | None:
    """The bytes and file suffix of a streamed webcam frame (`{"url":
    "data:image/jpeg;base64,..."}`, protocol §6.10); `None` for anything else."""
    url = payload.get("url") if isinstance(payload, dict) and not payload.get("path") else None
    if not isinstance(url, str) or not url.startswith("data:image/"):
        return None
    import base64
    import binascii

    header, _, encoded = url.partition(",")
    if not header.endswith(";base64"):
        raise Error("Image expects a base64 data URL for a streamed frame.")
    try:
        data = base64.b64decode(encoded, validate=True)
    except binascii.Error:
        raise Error("Image got a streamed frame that is not valid base64.") from None
    suffix = "." + header.removeprefix("data:image/").removesuffix(";base64").split("+")[0]
    return data, suffix
