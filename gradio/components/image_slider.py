"""`ImageSlider`: two images on top of each other with a divider to compare them."""

from __future__ import annotations

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


class ImageSlider(Component):
    """Two images stacked, with a divider the user drags to compare them (before/after).

    The function returns a pair `(first, second)` of paths, PIL images or numpy arrays
    (either may be `None`); as an input it receives the pair as `type` asks.

    Parameters:
        value: a pair of images, or a function computing one.
        format: file format of output images made from arrays or PIL images.
        height: display height (pixels or a CSS length).
        width: display width (pixels or a CSS length).
        image_mode: PIL mode input images are converted to (`None`: keep the file's mode).
        type: what the function receives: `"numpy"`, `"pil"` or `"filepath"`.
        label: the label, also the API parameter name.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        show_label: whether the label is shown.
        buttons: `"download"`, `"fullscreen"` and/or custom buttons (default: both).
        container: whether it sits in a padded box.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        interactive: whether the user can upload images (default: decided by usage).
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        slider_position: where the divider starts, in percent of the width from the left.
        max_height: maximum display height in pixels.
    """

    clear = EventListener("clear", "The user removed the images.")
    change = EventListener("change", "The images changed.")
    stream = EventListener(
        "stream",
        "A streamed frame arrived.",
        trigger_mode="multiple",
        show_progress="minimal",
        connection="stream",
        event_specific_args=["stream_every"],
    )
    select = EventListener("select", "The user clicked the images.", callback=mark_selectable)
    upload = EventListener("upload", "The user uploaded an image.")
    input = EventListener("input", "The user changed the images.")

    def __init__(
        self,
        value: tuple[Any, Any] | Callable[..., Any] | None = None,
        *,
        format: str = "webp",
        height: int | str | None = None,
        width: int | str | None = None,
        image_mode: Literal["1", "L", "P", "RGB", "RGBA", "CMYK", "YCbCr", "LAB", "HSV", "I", "F"]
        | None = "RGB",
        type: Literal["numpy", "pil", "filepath"] = "numpy",
        label: str | None = None,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        show_label: bool | None = None,
        buttons: list[Literal["download", "fullscreen"] | Button] | None = None,
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
        slider_position: float = 50,
        max_height: int = 500,
    ) -> None:
        if type not in IMAGE_TYPES:
            raise InvalidValueError("ImageSlider", "type", f"{type!r} is not one of {IMAGE_TYPES}")
        self.format = format
        """File format of output images made from arrays or PIL images."""
        self.height = height
        self.width = width
        self.image_mode = image_mode
        """PIL mode inputs are converted to."""
        self.type = type
        """`"numpy"`, `"pil"` or `"filepath"`."""
        self.buttons = list(buttons) if buttons is not None else ["download", "fullscreen"]
        self.slider_position = slider_position
        """Where the divider starts, in percent from the left."""
        self.max_height = max_height
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
        return {"streamable": False}

    def preprocess(self, payload: Any) -> Any:
        """The two images (either may be `None`) as paths, PIL images or arrays (`type`)."""
        if payload is None:
            return None
        if not isinstance(payload, (list, tuple)) or len(payload) != 2:
            raise Error(
                f"ImageSlider expects a pair [FileData | null, FileData | null], got {payload!r}."
            )
        return self._image_as_type(payload[0]), self._image_as_type(payload[1])

    def _image_as_type(self, item: Any) -> Any:
        if item is None:
            return None
        path = file_path_of(item, "ImageSlider")
        if self.type == "filepath":
            return path
        if path.lower().endswith(".svg"):
            raise Error("SVG files are not supported as input images for this app.")
        try:
            image = media.open_image(path, self.image_mode)
        except (OSError, ValueError) as error:
            raise Error(f"ImageSlider could not open {Path(path).name}: {error}") from None
        return image if self.type == "pil" else media.to_numpy(image)

    def postprocess(self, value: Any) -> Any:
        """A pair of FileData (or `None`s); arrays and PIL images are saved in `format`."""
        if value is None:
            return None
        if not isinstance(value, (tuple, list)) or len(value) != 2:
            raise ValueError(
                "ImageSlider expects a pair (image, image) of paths, PIL images or numpy"
                f" arrays, got {value!r}."
            )
        return [self._image_file(item) for item in value]

    def _image_file(self, item: Any) -> Any:
        if item is None:
            return None
        if isinstance(item, (str, Path)):
            return file_data(item)
        if media.is_pil_image(item) or media.is_array(item):
            return file_data(media.save_image(item, self.format))
        raise ValueError(
            f"ImageSlider cannot show a value of type {item.__class__.__name__}: give a file"
            " path, URL, PIL image or numpy array."
        )

    def api_info(self) -> dict[str, Any]:
        image_data = image_data_schema()
        image_data["description"] = image_data.pop("additional_description")
        either = {"anyOf": [{"$ref": "#/$defs/ImageData"}, {"type": "null"}]}
        pair = {
            "maxItems": 2,
            "minItems": 2,
            "prefixItems": [either, either],
            "type": "array",
        }
        return {
            "$defs": {"ImageData": image_data},
            "anyOf": [pair, {"type": "null"}],
            "title": "SliderData",
            "additional_description": None,
        }

    def example_payload(self) -> Any:
        return [example_file(SAMPLE_IMAGE), example_file(SAMPLE_IMAGE)]

    def example_value(self) -> Any:
        return (SAMPLE_IMAGE, SAMPLE_IMAGE)
