"""gr.ImageSlider: a pair of images out (paths, PIL, arrays), a pair in as `type` asks."""

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

# `inspect.signature(gradio.ImageSlider.__init__)` under Gradio 6.31.
GRADIO_SIGNATURE = [
    ("value", None, False),
    ("format", "webp", True),
    ("height", None, True),
    ("width", None, True),
    ("image_mode", "RGB", True),
    ("type", "numpy", True),
    ("label", None, True),
    ("every", None, True),
    ("inputs", None, True),
    ("show_label", None, True),
    ("buttons", None, True),
    ("container", True, True),
    ("scale", None, True),
    ("min_width", 160, True),
    ("interactive", None, True),
    ("visible", True, True),
    ("elem_id", None, True),
    ("elem_classes", None, True),
    ("render", True, True),
    ("key", None, True),
    ("preserved_by_key", "value", True),
    ("slider_position", 50, True),
    ("max_height", 500, True),
]


@pytest.fixture
def red_png(tmp_path: Path) -> Path:
    from PIL import Image

    path = tmp_path / "red.png"
    Image.new("RGBA", (4, 3), (255, 0, 0, 255)).save(path)
    return path


def image(path: Path | str) -> dict[str, Any]:
    return {"path": str(path), "meta": META}


def test_the_signature_is_gradios() -> None:
    params = list(inspect.signature(gr.ImageSlider.__init__).parameters.values())[1:]

    assert [
        (p.name, p.default, p.kind is inspect.Parameter.KEYWORD_ONLY) for p in params
    ] == GRADIO_SIGNATURE


def test_events_are_gradios() -> None:
    assert list(gr.ImageSlider.EVENTS) == ["clear", "change", "stream", "select", "upload", "input"]


def test_default_props_are_gradios() -> None:
    props = gr.ImageSlider(label="Slide").get_config()

    assert props == {
        "streamable": False,
        "format": "webp",
        "image_mode": "RGB",
        "type": "numpy",
        "label": "Slide",
        "show_label": True,
        "buttons": ["download", "fullscreen"],
        "container": True,
        "min_width": 160,
        "visible": True,
        "elem_classes": [],
        "preserved_by_key": ["value"],
        "slider_position": 50,
        "max_height": 500,
        "name": "imageslider",
        "_selectable": False,
    }


def test_an_unknown_type_is_refused() -> None:
    with pytest.raises(ValueError, match="'bmp' is not one of"):
        gr.ImageSlider(type="bmp")  # type: ignore[arg-type]


def test_a_pair_of_arrays_pil_images_and_paths_become_two_file_datas(red_png: Path) -> None:
    from PIL import Image

    array = np.zeros((5, 6, 3), dtype=np.uint8)
    slider = gr.ImageSlider(format="png")

    first, second = slider.postprocess((array, Image.new("RGB", (2, 2))))
    from_path, nothing = slider.postprocess([str(red_png), None])

    assert first["path"].endswith(".png") and second["path"].endswith(".png")
    assert first["meta"] == META and first["url"] is None
    assert from_path["path"] == str(red_png)
    assert nothing is None


def test_none_is_no_value() -> None:
    assert gr.ImageSlider().postprocess(None) is None
    assert gr.ImageSlider().preprocess(None) is None


@pytest.mark.parametrize("value", ["one.png", ("a.png",), ("a", "b", "c"), {"a": 1}])
def test_anything_but_a_pair_is_refused_with_a_clear_error(value: Any) -> None:
    with pytest.raises(ValueError, match="expects a pair"):
        gr.ImageSlider().postprocess(value)


def test_an_item_of_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot show a value of type int"):
        gr.ImageSlider().postprocess((1, None))


def test_type_decides_what_the_function_receives(red_png: Path) -> None:
    payload = [image(red_png), None]

    as_path = gr.ImageSlider(type="filepath").preprocess(payload)
    as_pil = gr.ImageSlider(type="pil").preprocess(payload)
    as_array = gr.ImageSlider().preprocess(payload)
    keep_mode = gr.ImageSlider(type="pil", image_mode=None).preprocess(payload)

    assert as_path == (str(red_png), None)
    assert (as_pil[0].mode, as_pil[0].size, as_pil[1]) == ("RGB", (4, 3), None)
    assert as_array[0].shape == (3, 4, 3)
    assert keep_mode[0].mode == "RGBA"


@pytest.mark.parametrize("payload", ["x", [image("/a")], {"path": "/a"}, [3, None]])
def test_a_malformed_payload_is_refused_with_a_clear_error(payload: Any) -> None:
    with pytest.raises(Error, match="ImageSlider expects"):
        gr.ImageSlider(type="filepath").preprocess(payload)


def test_an_unreadable_image_is_reported(tmp_path: Path) -> None:
    fake = tmp_path / "fake.png"
    fake.write_text("hello")

    with pytest.raises(Error, match=r"ImageSlider could not open fake\.png"):
        gr.ImageSlider().preprocess([image(fake), None])


def test_api_info_is_a_pair_of_optional_image_datas_and_examples_are_gradios() -> None:
    slider = gr.ImageSlider()
    info = slider.api_info()

    assert info["title"] == "SliderData"
    assert info["anyOf"][1] == {"type": "null"}
    assert (
        info["anyOf"][0]["prefixItems"]
        == [{"anyOf": [{"$ref": "#/$defs/ImageData"}, {"type": "null"}]}] * 2
    )
    assert (
        info["$defs"]["ImageData"]["description"] == "A local filepath or publicly available URL."
    )
    assert slider.python_type == "tuple[filepath | None, filepath | None] | None"  # as Gradio's
    assert slider.example_value() == (SAMPLE, SAMPLE)
    assert [item["url"] for item in slider.example_payload()] == [SAMPLE, SAMPLE]


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


def test_a_client_cannot_name_a_server_file_it_did_not_get(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    live_server: Callable[..., str],
) -> None:
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    with gr.Blocks() as demo:
        slider, out = gr.ImageSlider(type="filepath"), gr.Textbox()
        slider.change(lambda pair: Path(pair[1]).read_text(), slider, out, api_name="read")
    url = live_server(demo)

    for shape in [{"path": str(secret), "meta": META}, {"path": str(secret)}, str(secret)]:
        assert call(url, "read", [[None, shape]])[0] == "error", shape

    uploaded = httpx.post(f"{url}/gradio_api/upload", files={"files": ("a.txt", b"mine")})
    mine = {"path": uploaded.json()[0], "meta": META}
    assert call(url, "read", [[None, mine]]) == ("complete", ["mine"])
