"""`Gallery`: a grid of images and videos, each with an optional caption."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlparse

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, mark_selectable
from gradio.data import (
    FILE_META,
    example_file,
    file_data_definition,
    file_data_meta_schema,
    file_path_of,
    image_data_schema,
    is_url,
)
from gradio.events.listener import EventListener
from gradio.exceptions import Error, InvalidValueError
from gradio.files.kinds import check_file_types
from gradio.media import image as media

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer

GALLERY_TYPES = ("numpy", "pil", "filepath")
DEFAULT_BUTTONS = ["share", "download", "download_all", "fullscreen"]
SAMPLE_IMAGE = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
NOT_A_LIST = (
    "The `value` passed into `gr.Gallery` must be a list of images or videos,"
    " or list of (media, caption) tuples."
)


class Gallery(Component):
    """A grid of images or videos with optional captions; click one to see it large.

    As an output it shows what the function returns: a list of images (paths, URLs,
    `pathlib.Path`s, PIL images, numpy arrays) or videos (paths, URLs), each optionally as
    an `(item, caption)` tuple. As an input the user can upload several images or videos,
    and the function receives a list of `(item, caption)` tuples.

    Parameters:
        value: a list of items or `(item, caption)` tuples, or a function computing one.
        format: file format of images made from arrays or PIL images.
        file_types: accepted upload types: extensions (`".png"`) or kinds (`"image"`).
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
        columns: thumbnails per row.
        rows: rows of thumbnails shown before scrolling.
        height: height of the gallery (pixels or a CSS length).
        allow_preview: clicking a thumbnail opens the large preview.
        preview: open in preview mode (needs `allow_preview`).
        selected_index: the item selected (and previewed) at first.
        object_fit: CSS `object-fit` of the thumbnails.
        buttons: `"share"`, `"download"`, `"download_all"`, `"fullscreen"` and/or buttons.
        interactive: whether the user can upload and delete items (default: by usage).
        type: how images reach the function: `"filepath"`, `"numpy"` or `"pil"`.
        fit_columns: use fewer columns when there are fewer items than `columns`.
        sources: where uploaded items come from: `"upload"`, `"webcam"`, `"clipboard"`.
    """

    select = EventListener("select", "The user clicked an item.", callback=mark_selectable)
    upload = EventListener("upload", "The user uploaded items.")
    change = EventListener("change", "The items changed.")
    delete = EventListener("delete", "The user removed an item.")
    preview_close = EventListener("preview_close", "The user closed the large preview.")
    preview_open = EventListener("preview_open", "The user opened the large preview.")

    def __init__(
        self,
        value: Sequence[Any] | Callable[..., Any] | None = None,
        *,
        format: str = "webp",
        file_types: list[str] | None = None,
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
        columns: int | None = 2,
        rows: int | None = None,
        height: int | float | str | None = None,
        allow_preview: bool = True,
        preview: bool | None = None,
        selected_index: int | None = None,
        object_fit: Literal["contain", "cover", "fill", "none", "scale-down"] | None = None,
        buttons: list[Literal["share", "download", "download_all", "fullscreen"] | Button]
        | None = None,
        interactive: bool | None = None,
        type: Literal["numpy", "pil", "filepath"] = "filepath",
        fit_columns: bool = True,
        sources: list[Literal["upload", "webcam", "clipboard"]] | None = None,
    ) -> None:
        if type not in GALLERY_TYPES:
            raise InvalidValueError("Gallery", "type", f"{type!r} is not one of {GALLERY_TYPES}")
        self.format = format
        """File format of images made from arrays or PIL images."""
        self.file_types = file_types
        """Accepted upload types, or `None` for any image or video."""
        self.columns = columns
        self.rows = rows
        self.height = height
        self.allow_preview = allow_preview
        self.preview = preview
        self.selected_index = selected_index
        """The selected item's index, or `None`."""
        self.object_fit = object_fit
        self.buttons = list(buttons) if buttons is not None else list(DEFAULT_BUTTONS)
        self.type = type
        """`"filepath"`, `"numpy"` or `"pil"`."""
        self.fit_columns = fit_columns
        self.sources = list(sources or ["upload"])
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

    def preprocess(self, payload: Any) -> Any:
        """`(item, caption)` tuples: images as `type` asks, videos always as paths."""
        if not payload:
            return None
        if not isinstance(payload, list):
            raise Error(f"Gallery expects a list of items, got {payload!r}.")
        return [self._item_to_python(item) for item in payload]

    def _item_to_python(self, item: Any) -> tuple[Any, str | None]:
        if not isinstance(item, dict) or not ("image" in item or "video" in item):
            raise Error(
                'Gallery expects each item to be {"image": FileData} or {"video": FileData},'
                f" got {item!r}."
            )
        is_video = "video" in item
        path = file_path_of(item["video"] if is_video else item["image"], "Gallery")
        check_file_types(path, self.file_types)
        caption = item.get("caption")
        return (path if is_video else self._image_as_type(path)), caption

    def _image_as_type(self, path: str) -> Any:
        if self.type == "filepath":
            return path
        try:
            image = media.open_image(path, None)
        except (OSError, ValueError) as error:
            raise Error(f"Gallery could not open {Path(path).name}: {error}") from None
        return image if self.type == "pil" else media.to_numpy(image)

    def postprocess(self, value: Any) -> list[dict[str, Any]]:
        """`{"image": ..., "caption": ...}` / `{"video": ...}` items; `[]` for `None`."""
        if value is None:
            return []
        if isinstance(value, (str, Path, dict)) or not isinstance(value, Sequence):
            raise ValueError(NOT_A_LIST)
        return [self._item_to_payload(item) for item in value]

    def _item_to_payload(self, item: Any) -> dict[str, Any]:
        caption = None
        if isinstance(item, (tuple, list)):
            if len(item) != 2:
                raise ValueError(
                    f"A Gallery item given as a tuple must be (media, caption), got {item!r}."
                )
            item, caption = item
            caption = None if caption is None else str(caption)
        file = self._media_file(item)
        kind = "video" if "video" in (file["mime_type"] or "") else "image"
        return {kind: file, "caption": caption}

    def _media_file(self, item: Any) -> dict[str, Any]:
        """The FileData of one item (an in-memory image is saved in `format` first)."""
        if media.is_pil_image(item) or media.is_array(item):
            saved = media.save_image(item, self.format)
            return _file(str(saved), url=None, orig_name=None, mime_type=None)
        if isinstance(item, Path) or (isinstance(item, str) and not is_url(item)):
            local = Path(item).resolve()
            return _file(str(local), None, local.name, mimetypes.guess_type(local.name)[0])
        if isinstance(item, str):
            name = Path(urlparse(item).path).name
            return _file(item, item, name, mimetypes.guess_type(name)[0] if name else None)
        raise ValueError(
            f"Gallery cannot show an item of type {type(item).__name__}: give a file path, URL,"
            " pathlib.Path, PIL image or numpy array, or a (media, caption) tuple of one."
        )

    def api_info(self) -> dict[str, Any]:
        image_data = image_data_schema()
        image_data["description"] = image_data.pop("additional_description")
        caption = {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None}
        return {
            "$defs": {
                "FileData": file_data_definition(),
                "FileDataMeta": file_data_meta_schema(),
                "GalleryImage": _captioned("image", "ImageData", caption),
                "GalleryVideo": _captioned("video", "FileData", caption),
                "ImageData": image_data,
            },
            "items": {
                "anyOf": [{"$ref": "#/$defs/GalleryImage"}, {"$ref": "#/$defs/GalleryVideo"}]
            },
            "title": "GalleryData",
            "type": "array",
            "additional_description": None,
        }

    def example_payload(self) -> Any:
        return [{"image": example_file(SAMPLE_IMAGE)}]

    def example_value(self) -> Any:
        return [SAMPLE_IMAGE]


def _file(
    path: str, url: str | None, orig_name: str | None, mime_type: str | None
) -> dict[str, Any]:
    return {
        "path": path,
        "url": url,
        "size": None,
        "orig_name": orig_name,
        "mime_type": mime_type,
        "is_stream": False,
        "meta": dict(FILE_META),
    }


def _captioned(key: str, ref: str, caption: dict[str, Any]) -> dict[str, Any]:
    """Schema of `{key: <ref>, "caption": str | None}` (GalleryImage, GalleryVideo)."""
    return {
        "properties": {key: {"$ref": f"#/$defs/{ref}"}, "caption": {**caption, "title": "Caption"}},
        "required": [key],
        "title": f"Gallery{key.capitalize()}",
        "type": "object",
    }
