"""gr.AnnotatedImage: a base image and coloured mask PNGs out, paths in, Gradio's config."""

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

np = pytest.importorskip("numpy")

META = {"_type": "gradio.FileData"}
SAMPLE = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"

# `inspect.signature(gradio.AnnotatedImage.__init__)` under Gradio 6.31.
GRADIO_SIGNATURE = [
    ("value", None, False),
    ("format", "webp", True),
    ("show_legend", True, True),
    ("height", None, True),
    ("width", None, True),
    ("color_map", None, True),
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
    ("buttons", None, True),
]


def pixels(path: str) -> Any:
    from PIL import Image

    with Image.open(path) as image:
        return np.asarray(image)


@pytest.fixture
def base() -> Any:
    return np.zeros((20, 30, 3), dtype=np.uint8)


def test_the_signature_is_gradios() -> None:
    params = list(inspect.signature(gr.AnnotatedImage.__init__).parameters.values())[1:]

    assert [
        (p.name, p.default, p.kind is inspect.Parameter.KEYWORD_ONLY) for p in params
    ] == GRADIO_SIGNATURE


def test_events_are_gradios() -> None:
    assert list(gr.AnnotatedImage.EVENTS) == ["change", "select"]


def test_default_props_are_gradios() -> None:
    props = gr.AnnotatedImage(label="Seg").get_config()

    assert props == {
        "format": "webp",
        "show_legend": True,
        "label": "Seg",
        "show_label": True,
        "container": True,
        "min_width": 160,
        "visible": True,
        "elem_classes": [],
        "preserved_by_key": ["value"],
        "buttons": ["fullscreen"],
        "name": "annotatedimage",
        "_selectable": False,
    }


def test_a_select_listener_makes_it_selectable() -> None:
    with gr.Blocks():
        annotated = gr.AnnotatedImage()
        annotated.select(lambda: None, None, None)

    assert annotated.get_config()["_selectable"] is True


def test_a_box_becomes_a_png_with_a_solid_border_and_a_half_filled_inside(base: Any) -> None:
    out = gr.AnnotatedImage().postprocess((base, [((2, 3, 12, 15), "car")]))

    [annotation] = out["annotations"]
    assert annotation["label"] == "car"
    mask = pixels(annotation["image"]["path"])
    assert annotation["image"]["path"].endswith(".png")
    assert mask.shape == (20, 30, 4)
    assert tuple(mask[3, 2]) == (255, 0, 0, 255)  # the border, red: no colour given
    assert tuple(mask[8, 7]) == (255, 0, 0, 127)  # inside, half opaque
    assert tuple(mask[0, 0]) == (0, 0, 0, 0)  # outside


def test_a_mask_array_becomes_its_opacity_in_the_mapped_colour(base: Any) -> None:
    confidence = np.zeros((20, 30))
    confidence[5:10, 5:10] = 0.5
    confidence[0, 0] = 1.0

    out = gr.AnnotatedImage(color_map={"sky": "#00ff80"}).postprocess((base, [(confidence, "sky")]))

    mask = pixels(out["annotations"][0]["image"]["path"])
    assert tuple(mask[6, 6]) == (0, 255, 128, 127)
    assert tuple(mask[0, 0]) == (0, 255, 128, 255)
    assert tuple(mask[15, 15]) == (0, 0, 0, 0)


def test_the_base_image_is_saved_in_format_and_left_for_the_server_to_cache(base: Any) -> None:
    out = gr.AnnotatedImage(format="png").postprocess((base, []))

    image = out["image"]
    assert image["path"].endswith(".png")
    assert image["url"] is None
    assert image["meta"] == META
    assert out["annotations"] == []


def test_a_path_and_a_pil_image_work_as_the_base(tmp_path: Path, base: Any) -> None:
    from PIL import Image

    path = tmp_path / "base.png"
    Image.fromarray(base).save(path)

    from_path = gr.AnnotatedImage().postprocess((str(path), [((0, 0, 5, 5), "a")]))
    from_pil = gr.AnnotatedImage().postprocess((Image.fromarray(base), [((0, 0, 5, 5), "a")]))

    assert from_path["image"]["path"] == str(path)
    assert pixels(from_path["annotations"][0]["image"]["path"]).shape == (20, 30, 4)
    assert pixels(from_pil["annotations"][0]["image"]["path"]).shape == (20, 30, 4)


def test_none_is_no_value() -> None:
    assert gr.AnnotatedImage().postprocess(None) is None
    assert gr.AnnotatedImage().preprocess(None) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("picture.png", "expects a tuple"),
        ((1, 2, 3), "expects a tuple"),
        ((42, []), "only accepts filepaths, PIL images or numpy arrays"),
        (("IMAGE", [((0, 0, 1), "short box")]), "mask or a box"),
        (("IMAGE", [((0, 0, 5, 5), 7)]), "label: str"),
        (("IMAGE", [(np.zeros((3, 3)), "small")]), r"base image's shape \(20, 30\)"),
        (("IMAGE", "not a list"), "expects a tuple"),
    ],
)
def test_bad_values_are_refused_with_a_clear_error(value: Any, message: str, base: Any) -> None:
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
        value = (base if value[0] == "IMAGE" else value[0], value[1])

    with pytest.raises(ValueError, match=message):
        gr.AnnotatedImage().postprocess(value)


def test_a_bad_colour_is_refused(base: Any) -> None:
    with pytest.raises(ValueError, match="hex codes, got 'green'"):
        gr.AnnotatedImage(color_map={"a": "green"}).postprocess((base, [((0, 0, 5, 5), "a")]))


def test_a_url_base_image_with_annotations_is_refused_as_the_server_fetches_nothing() -> None:
    with pytest.raises(ValueError, match="download it"):
        gr.AnnotatedImage().postprocess((SAMPLE, [((0, 0, 5, 5), "bus")]))

    assert gr.AnnotatedImage().postprocess((SAMPLE, []))["image"]["url"] == SAMPLE


def test_preprocess_gives_the_base_path_and_each_mask_path_with_its_label() -> None:
    payload = {
        "image": {"path": "/cache/base.webp", "meta": META},
        "annotations": [{"image": {"path": "/cache/m.png", "meta": META}, "label": "cat"}],
    }

    assert gr.AnnotatedImage().preprocess(payload) == (
        "/cache/base.webp",
        [("/cache/m.png", "cat")],
    )


@pytest.mark.parametrize(
    "payload",
    [
        "x",
        {"image": {"path": "/a"}},
        {"image": {"path": "/a"}, "annotations": [{"image": {"path": "/b"}}]},
        {"image": 3, "annotations": []},
    ],
)
def test_a_malformed_payload_is_refused_with_a_clear_error(payload: Any) -> None:
    with pytest.raises(Error, match="AnnotatedImage expects"):
        gr.AnnotatedImage().preprocess(payload)


def test_api_info_and_examples_are_gradios() -> None:
    annotated = gr.AnnotatedImage()
    info = annotated.api_info()

    assert info["title"] == "AnnotatedImageData"
    assert info["required"] == ["image", "annotations"]
    assert set(info["$defs"]) == {"Annotation", "FileData", "FileDataMeta"}
    assert info["$defs"]["Annotation"]["required"] == ["image", "label"]
    assert annotated.example_payload()["annotations"] == []
    assert annotated.example_payload()["image"]["url"] == SAMPLE
    assert annotated.example_value() == (SAMPLE, [([0, 0, 100, 100], "bus")])


def call(base_url: str, api_name: str, data: list[Any]) -> tuple[str, Any]:
    with httpx.Client(base_url=base_url, timeout=30) as client:
        event_id = client.post(f"/gradio_api/call/{api_name}", json={"data": data}).json()[
            "event_id"
        ]
        stream = client.get(f"/gradio_api/call/{api_name}/{event_id}").text
    lines = stream.splitlines()
    event = [line for line in lines if line.startswith("event: ")][-1].removeprefix("event: ")
    data_line = [line for line in lines if line.startswith("data: ")][-1]
    return event, json.loads(data_line.removeprefix("data: "))


def test_outputs_get_urls_and_a_client_cannot_name_a_server_file_it_did_not_get(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    live_server: Callable[..., str],
) -> None:
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")

    def annotate() -> Any:
        return np.zeros((8, 8, 3), dtype=np.uint8), [((1, 1, 6, 6), "thing")]

    with gr.Blocks() as demo:
        annotated, out = gr.AnnotatedImage(), gr.Textbox()
        gr.Button().click(annotate, None, annotated, api_name="annotate")
        annotated.change(lambda value: Path(value[0]).read_text(), annotated, out, api_name="read")
    url = live_server(demo)

    event, [value] = call(url, "annotate", [])
    assert event == "complete"
    assert value["image"]["url"].startswith(f"{url}/gradio_api/file=")
    assert value["annotations"][0]["image"]["url"].startswith(f"{url}/gradio_api/file=")
    assert httpx.get(value["annotations"][0]["image"]["url"]).status_code == 200

    for shape in [{"path": str(secret), "meta": META}, {"path": str(secret)}, str(secret)]:
        payload = {"image": shape, "annotations": []}
        assert call(url, "read", [payload])[0] == "error", shape
        mine = {"image": value["image"], "annotations": [{"image": shape, "label": "x"}]}
        assert call(url, "read", [mine])[0] == "error", shape
