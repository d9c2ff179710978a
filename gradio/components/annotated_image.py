"""`AnnotatedImage`: a base image with coloured masks or boxes, each with a label."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, mark_selectable
from gradio.data import (
    example_file,
    file_data,
    file_data_definition,
    file_data_meta_schema,
    file_path_of,
    is_url,
)
from gradio.events.listener import EventListener
from gradio.exceptions import Error
from gradio.media import image as media
from gradio.media import masks

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer

SAMPLE_IMAGE = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
NOT_A_PAIR = "AnnotatedImage expects a tuple (base image, [(mask or box, label), ...]), got {!r}."


class AnnotatedImage(Component):
    """A base image with annotations drawn over it: boxes (object detection) or masks
    (segmentation), each with a label, and a legend of the labels.

    The function returns `(image, [(annotation, label), ...])`: the image is a path, PIL
    image or numpy array; each annotation is a box `(x1, y1, x2, y2)` in pixels or a numpy
    array of 0..1 confidences shaped like the image. As an input the function receives
    `(image_path, [(mask_path, label), ...])`.

    Parameters:
        value: `(image, [(annotation, label), ...])`, or a function computing it.
        format: file format of the base image when it is an array or a PIL image.
        show_legend: show a legend of the labels.
        height: display height (pixels or a CSS length).
        width: display width (pixels or a CSS length).
        color_map: label → hex colour; other labels get a colour each from the page.
        label: the label, also the API parameter name.
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
        buttons: `"fullscreen"` and/or custom buttons (default: fullscreen).
    """

    change = EventListener("change", "The annotations changed.")
    select = EventListener(
        "select",
        "The user clicked an annotation's legend entry (`index`, `value`: its label).",
        callback=mark_selectable,
    )

    def __init__(
        self,
        value: tuple[Any, list[tuple[Any, str]]] | None = None,
        *,
        format: str = "webp",
        show_legend: bool = True,
        height: int | str | None = None,
        width: int | str | None = None,
        color_map: dict[str, str] | None = None,
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
        buttons: list[Literal["fullscreen"] | Button] | None = None,
    ) -> None:
        self.format = format
        """File format of base images made from arrays or PIL images."""
        self.show_legend = show_legend
        self.height = height
        self.width = width
        self.color_map = color_map
        """Label → hex colour of its annotations."""
        self.buttons = list(buttons) if buttons is not None else ["fullscreen"]
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
        )

    def preprocess(self, payload: Any) -> tuple[str, list[tuple[str, str]]] | None:
        """`(image_path, [(mask_path, label), ...])`."""
        if payload is None:
            return None
        if not isinstance(payload, dict) or not isinstance(payload.get("annotations"), list):
            raise Error(
                'AnnotatedImage expects {"image": FileData, "annotations": [{"image":'
                f' FileData, "label": str}}, ...]}}, got {payload!r}.'
            )
        base = file_path_of(payload.get("image"), "AnnotatedImage")
        annotations = []
        for item in payload["annotations"]:
            if not isinstance(item, dict) or not isinstance(item.get("label"), str):
                raise Error(
                    'AnnotatedImage expects each annotation to be {"image": FileData,'
                    f' "label": str}}, got {item!r}.'
                )
            annotations.append((file_path_of(item.get("image"), "AnnotatedImage"), item["label"]))
        return base, annotations

    def postprocess(self, value: Any) -> Any:
        """The base image and one PNG per annotation (colour where the mask is, mask as
        opacity), as `{"image": FileData, "annotations": [{"image": FileData, "label"}]}`."""
        if value is None:
            return None
        if not isinstance(value, (tuple, list)) or len(value) != 2:
            raise ValueError(NOT_A_PAIR.format(value))
        base, annotations = value
        if isinstance(annotations, (str, dict)) or not isinstance(annotations, Sequence):
            raise ValueError(NOT_A_PAIR.format(value))
        pairs = [_label_pair(item) for item in annotations]
        base_file, size = self._base_image(base, needs_size=bool(pairs))
        colors = self.color_map or {}
        sections = []
        for mask, label in pairs:
            rgb = masks.hex_to_rgb(colors[label]) if label in colors else masks.DEFAULT_COLOR
            height, width = size
            path = masks.save_mask(masks.mask_alpha(mask, height, width), rgb)
            sections.append({"image": _bare_file(path), "label": label})
        return {"image": base_file, "annotations": sections}

    def _base_image(self, base: Any, needs_size: bool) -> tuple[dict[str, Any], tuple[int, int]]:
        """The base image's FileData and its (height, width)."""
        if isinstance(base, (str, Path)):
            text = str(base)
            if is_url(text):
                if needs_size:
                    # Annotations need the image's size, and the server does not fetch URLs
                    # (no SSRF, docs/security.md G4): the app must download it itself.
                    raise ValueError(
                        "AnnotatedImage cannot size annotations for a base image given by URL;"
                        " download it and return a path, PIL image or numpy array."
                    )
                return dict(file_data(text)), (0, 0)
            try:
                opened = media.open_image(text, None)
            except (OSError, ValueError) as error:
                raise ValueError(f"AnnotatedImage could not open {text}: {error}") from None
            return _bare_file(Path(text).resolve()), (opened.height, opened.width)
        if media.is_pil_image(base):
            return _bare_file(media.save_image(base, self.format)), (base.height, base.width)
        if media.is_array(base) and base.ndim in (2, 3):
            return _bare_file(media.save_image(base, self.format)), tuple(base.shape[:2])
        raise ValueError(
            "AnnotatedImage only accepts filepaths, PIL images or numpy arrays for the base"
            f" image, got {type(base).__name__}."
        )

    def api_info(self) -> dict[str, Any]:
        return {
            "$defs": {
                "Annotation": {
                    "properties": {
                        "image": {"$ref": "#/$defs/FileData"},
                        "label": {"title": "Label", "type": "string"},
                    },
                    "required": ["image", "label"],
                    "title": "Annotation",
                    "type": "object",
                },
                "FileData": file_data_definition(),
                "FileDataMeta": file_data_meta_schema(),
            },
            "properties": {
                "image": {"$ref": "#/$defs/FileData"},
                "annotations": {
                    "items": {"$ref": "#/$defs/Annotation"},
                    "title": "Annotations",
                    "type": "array",
                },
            },
            "required": ["image", "annotations"],
            "title": "AnnotatedImageData",
            "type": "object",
            "additional_description": None,
        }

    def example_payload(self) -> Any:
        return {"image": example_file(SAMPLE_IMAGE), "annotations": []}

    def example_value(self) -> Any:
        return (SAMPLE_IMAGE, [([0, 0, 100, 100], "bus")])


def _label_pair(item: Any) -> tuple[Any, str]:
    if not isinstance(item, (tuple, list)) or len(item) != 2 or not isinstance(item[1], str):
        raise ValueError(
            "AnnotatedImage expects each annotation as (mask or (x1, y1, x2, y2), label: str),"
            f" got {item!r}."
        )
    return item[0], item[1]


def _bare_file(path: Path) -> dict[str, Any]:
    """A FileData with just the path, as Gradio sends for these images (no name or size)."""
    return {
        "path": str(path),
        "url": None,
        "size": None,
        "orig_name": None,
        "mime_type": None,
        "is_stream": False,
        "meta": {"_type": "gradio.FileData"},
    }
