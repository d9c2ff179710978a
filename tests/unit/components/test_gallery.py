"""gr.Gallery: lists of images/videos (with captions) out, `(item, caption)` tuples in."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import gradio as gr
from gradio.exceptions import Error
from gradio.files.access import FileAccessError

META = {"_type": "gradio.FileData"}

# `inspect.signature(gradio.Gallery.__init__)` under Gradio 6.31: (name, default, keyword-only).
GRADIO_SIGNATURE = [
    ("value", None, False),
    ("format", "webp", True),
    ("file_types", None, True),
    ("label", None, True),
    ("every", None, True),
    ("inputs", None, True),
    ("show_label", None, True),
    ("container", True, True),
    ("scale", None, True),
    ("min_width", 160, True),
    ("visible", True, True),
    ("elem_id", None, True),
    ("elem_classes", None, True),
    ("render", True, True),
    ("key", None, True),
    ("preserved_by_key", "value", True),
    ("columns", 2, True),
    ("rows", None, True),
    ("height", None, True),
    ("allow_preview", True, True),
    ("preview", None, True),
    ("selected_index", None, True),
    ("object_fit", None, True),
    ("buttons", None, True),
    ("interactive", None, True),
    ("type", "filepath", True),
    ("fit_columns", True, True),
    ("sources", None, True),
]


@pytest.fixture
def red_png(tmp_path: Path) -> Path:
    from PIL import Image

    path = tmp_path / "red.png"
    Image.new("RGB", (4, 3), (255, 0, 0)).save(path)
    return path


def image_item(path: Path | str, caption: str | None = None) -> dict[str, Any]:
    return {"image": {"path": str(path), "meta": META}, "caption": caption}


def test_the_signature_is_gradios() -> None:
    params = list(inspect.signature(gr.Gallery.__init__).parameters.values())[1:]

    assert [
        (p.name, p.default, p.kind is inspect.Parameter.KEYWORD_ONLY) for p in params
    ] == GRADIO_SIGNATURE


def test_events_are_gradios() -> None:
    assert set(gr.Gallery.EVENTS) == {
        "select",
        "upload",
        "change",
        "delete",
        "preview_close",
        "preview_open",
    }


def test_default_props_are_gradios() -> None:
    props = gr.Gallery().get_config()

    assert props["value"] == []
    assert props["columns"] == 2
    assert props["format"] == "webp"
    assert props["type"] == "filepath"
    assert props["buttons"] == ["share", "download", "download_all", "fullscreen"]
    assert props["sources"] == ["upload"]
    assert props["allow_preview"] is True
    assert props["fit_columns"] is True
    assert props["name"] == "gallery"


def test_the_gallery_shortcut_makes_a_gallery() -> None:
    demo = gr.Interface(lambda: [], None, "gallery")

    assert isinstance(demo.output_components[0], gr.Gallery)


def test_paths_become_image_items_with_the_local_path_for_the_server_to_cache(
    red_png: Path,
) -> None:
    [from_str, from_path] = gr.Gallery().postprocess([str(red_png), red_png])

    assert from_str == from_path
    assert from_str == {
        "image": {
            "path": str(red_png.resolve()),
            "url": None,
            "size": None,
            "orig_name": "red.png",
            "mime_type": "image/png",
            "is_stream": False,
            "meta": META,
        },
        "caption": None,
    }


def test_urls_stay_urls() -> None:
    [item] = gr.Gallery().postprocess(["https://example.com/pics/cat.jpg"])

    assert item["image"]["path"] == item["image"]["url"] == "https://example.com/pics/cat.jpg"
    assert item["image"]["orig_name"] == "cat.jpg"
    assert item["image"]["mime_type"] == "image/jpeg"


def test_videos_become_video_items(tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"not really a video")

    [item] = gr.Gallery().postprocess([(clip, "a clip")])

    assert item["caption"] == "a clip"
    assert item["video"]["mime_type"] == "video/mp4"
    assert "image" not in item


def test_arrays_and_pil_images_are_saved_in_the_format_asked(tmp_path: Path) -> None:
    np = pytest.importorskip("numpy")
    from PIL import Image

    pixels = np.zeros((2, 3, 3), dtype=np.uint8)
    items = gr.Gallery(format="png").postprocess([pixels, Image.new("RGB", (5, 1))])

    for item, size in zip(items, [(3, 2), (5, 1)], strict=True):
        path = Path(item["image"]["path"])
        assert path.suffix == ".png"
        with Image.open(path) as saved:
            assert saved.size == size
        assert item["image"]["orig_name"] is None


def test_captions_ride_along_with_each_item(red_png: Path) -> None:
    items = gr.Gallery().postprocess([(red_png, "first"), [str(red_png), "second"], red_png])

    assert [item["caption"] for item in items] == ["first", "second", None]


def test_none_is_an_empty_gallery() -> None:
    assert gr.Gallery().postprocess(None) == []
    assert gr.Gallery().preprocess(None) is None
    assert gr.Gallery().preprocess([]) is None


@pytest.mark.parametrize("value", ["cat.png", {"a": 1}, 3])
def test_a_value_that_is_not_a_list_is_refused(value: Any) -> None:
    with pytest.raises(ValueError, match="must be a list of images or videos"):
        gr.Gallery().postprocess(value)


def test_an_item_of_an_unknown_kind_is_refused_with_what_to_give() -> None:
    with pytest.raises(ValueError, match="cannot show an item of type int: give a file path"):
        gr.Gallery().postprocess([3])
    with pytest.raises(ValueError, match=r"must be \(media, caption\)"):
        gr.Gallery().postprocess([("a.png", "b", "c")])


def test_type_filepath_gives_paths_with_captions(red_png: Path, tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    payload = [image_item(red_png, "red"), {"video": {"path": str(clip), "meta": META}}]

    assert gr.Gallery().preprocess(payload) == [(str(red_png), "red"), (str(clip), None)]


def test_type_numpy_gives_arrays_but_videos_stay_paths(red_png: Path, tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    payload = [image_item(red_png), {"video": {"path": str(clip), "meta": META}, "caption": "v"}]

    [(array, caption), video] = gr.Gallery(type="numpy").preprocess(payload)

    assert array.shape == (3, 4, 3)
    assert array[0, 0].tolist() == [255, 0, 0]
    assert caption is None
    assert video == (str(clip), "v")


def test_type_pil_gives_pil_images(red_png: Path) -> None:
    [(image, caption)] = gr.Gallery(type="pil").preprocess([image_item(red_png, "c")])

    assert (image.mode, image.size, caption) == ("RGB", (4, 3), "c")


def test_an_unknown_type_is_refused() -> None:
    with pytest.raises(ValueError, match="'bmp' is not one of"):
        gr.Gallery(type="bmp")  # type: ignore[arg-type]


def test_file_types_limit_what_a_client_may_send(red_png: Path) -> None:
    assert gr.Gallery(file_types=["image"]).preprocess([image_item(red_png)])
    assert gr.Gallery(file_types=[".PNG"]).preprocess([image_item(red_png)])
    with pytest.raises(Error, match=r"one of these formats: \['video', '.jpg'\]"):
        gr.Gallery(file_types=["video", ".jpg"]).preprocess([image_item(red_png)])


@pytest.mark.parametrize("payload", [{"image": {}}, [{"picture": "x"}], ["x"], "x"])
def test_a_malformed_payload_is_refused_with_a_clear_error(payload: Any) -> None:
    with pytest.raises(Error, match="Gallery expects"):
        gr.Gallery().preprocess(payload)


def test_an_unreadable_image_is_reported(tmp_path: Path) -> None:
    fake = tmp_path / "fake.png"
    fake.write_text("hello")

    with pytest.raises(Error, match=r"Gallery could not open fake\.png"):
        gr.Gallery(type="pil").preprocess([image_item(fake)])


def test_api_info_is_a_list_of_captioned_images_or_videos() -> None:
    info = gr.Gallery().api_info()

    assert info["title"] == "GalleryData"
    assert info["type"] == "array"
    assert set(info["$defs"]) == {
        "FileData",
        "FileDataMeta",
        "GalleryImage",
        "GalleryVideo",
        "ImageData",
    }
    assert info["$defs"]["GalleryImage"]["required"] == ["image"]
    assert info["$defs"]["GalleryVideo"]["properties"]["video"] == {"$ref": "#/$defs/FileData"}


def test_examples_are_a_public_bus_picture() -> None:
    gallery = gr.Gallery()

    assert gallery.example_value() == [
        "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
    ]
    assert gallery.example_payload()[0]["image"]["url"] == gallery.example_value()[0]


def call(base: str, api_name: str, data: list[Any]) -> tuple[str, Any]:
    """`POST P/call/<api_name>`, read the stream: (last event name, its data)."""
    with httpx.Client(base_url=base, timeout=30) as client:
        event_id = client.post(f"/gradio_api/call/{api_name}", json={"data": data}).json()[
            "event_id"
        ]
        stream = client.get(f"/gradio_api/call/{api_name}/{event_id}").text
    lines = stream.splitlines()
    event = [line for line in lines if line.startswith("event: ")][-1].removeprefix("event: ")
    data_line = [line for line in lines if line.startswith("data: ")][-1]
    return event, json.loads(data_line.removeprefix("data: "))


def test_a_client_cannot_name_a_server_file_it_did_not_get(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    live_server: Callable[..., str],
) -> None:
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    with gr.Blocks() as demo:
        gallery, out = gr.Gallery(), gr.Textbox()
        gallery.change(lambda items: Path(items[0][0]).read_text(), gallery, out, api_name="read")
    base = live_server(demo)

    for shape in [{"path": str(secret), "meta": META}, {"path": str(secret)}, str(secret)]:
        assert call(base, "read", [[{"image": shape, "caption": None}]])[0] == "error", shape
        assert call(base, "read", [[{"video": shape}]])[0] == "error", shape

    uploaded = httpx.post(f"{base}/gradio_api/upload", files={"files": ("a.txt", b"mine")})
    mine = {"path": uploaded.json()[0], "meta": META}
    assert call(base, "read", [[{"image": mine, "caption": None}]]) == ("complete", ["mine"])


def test_the_component_itself_refuses_a_server_path_while_the_server_checks(
    tmp_path: Path,
) -> None:
    from types import SimpleNamespace

    from gradio.files.access import FileAccess
    from gradio.files.cache import FileCache
    from gradio.files.input_guard import checking_client_files

    cache = FileCache(tmp_path / "cache")
    state = SimpleNamespace(cache=cache, access=FileAccess(cache_dirs=[cache.root]))
    with checking_client_files(state), pytest.raises(FileAccessError):
        gr.Gallery().preprocess([{"image": {"path": "/etc/hostname"}}])
