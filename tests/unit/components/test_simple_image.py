"""gr.SimpleImage: a path in, a path (or URL) out, Gradio's template-component config."""

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

META = {"_type": "gradio.FileData"}
SAMPLE = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"

# `inspect.signature(gradio._simple_templates.SimpleImage.__init__)` under Gradio 6.31.
GRADIO_SIGNATURE = [
    ("value", None, False),
    ("label", None, True),
    ("every", None, True),
    ("inputs", None, True),
    ("show_label", None, True),
    ("show_download_button", True, True),
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
]


def test_the_signature_is_gradios() -> None:
    params = list(inspect.signature(gr.SimpleImage.__init__).parameters.values())[1:]

    assert [
        (p.name, p.default, p.kind is inspect.Parameter.KEYWORD_ONLY) for p in params
    ] == GRADIO_SIGNATURE


def test_events_are_gradios() -> None:
    assert list(gr.SimpleImage.EVENTS) == ["clear", "change", "upload"]


def test_default_props_are_gradios() -> None:
    props = gr.SimpleImage(label="Simple").get_config()

    assert props == {
        "label": "Simple",
        "show_label": True,
        "show_download_button": True,
        "container": True,
        "min_width": 160,
        "visible": True,
        "elem_classes": [],
        "preserved_by_key": ["value"],
        "name": "simpleimage",
        "_selectable": False,
    }


def test_a_path_becomes_a_file_data_named_after_the_file(tmp_path: Path) -> None:
    picture = tmp_path / "cat.png"
    picture.write_bytes(b"png")

    out = gr.SimpleImage().postprocess(picture)

    assert out["path"] == str(picture)
    assert out["orig_name"] == "cat.png"
    assert out["meta"] == META
    assert gr.SimpleImage().postprocess(SAMPLE)["url"] == SAMPLE


def test_none_is_no_value() -> None:
    assert gr.SimpleImage().postprocess(None) is None
    assert gr.SimpleImage().preprocess(None) is None


def test_a_value_that_is_not_a_path_is_refused_with_a_clear_error() -> None:
    with pytest.raises(ValueError, match="file path or URL, got int"):
        gr.SimpleImage().postprocess(3)


def test_preprocess_gives_the_path() -> None:
    assert gr.SimpleImage().preprocess({"path": "/cache/a.png", "meta": META}) == "/cache/a.png"


@pytest.mark.parametrize("payload", [3, {"name": "a.png"}, ["a.png"]])
def test_a_malformed_payload_is_refused_with_a_clear_error(payload: Any) -> None:
    with pytest.raises(Error, match="SimpleImage expects a file"):
        gr.SimpleImage().preprocess(payload)


def test_api_info_is_file_data_and_examples_are_gradios() -> None:
    simple = gr.SimpleImage()

    assert simple.api_info()["title"] == "FileData"
    assert simple.api_info()["required"] == ["path"]
    assert simple.example_value() == SAMPLE
    assert simple.example_payload()["url"] == SAMPLE


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
        simple, out = gr.SimpleImage(), gr.Textbox()
        simple.upload(lambda path: Path(path).read_text(), simple, out, api_name="read")
    url = live_server(demo)

    for shape in [{"path": str(secret), "meta": META}, {"path": str(secret)}, str(secret)]:
        assert call(url, "read", [shape])[0] == "error", shape

    uploaded = httpx.post(f"{url}/gradio_api/upload", files={"files": ("a.txt", b"mine")})
    mine = {"path": uploaded.json()[0], "meta": META}
    assert call(url, "read", [mine]) == ("complete", ["mine"])
