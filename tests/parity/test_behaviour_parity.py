"""Every parity app answers our `gradio_client` the same on Gradio 6.31 and on radiogram.

Both servers host all apps (`hosts.py`); each test calls one app's endpoints in order,
with one client per server (so `gr.State` carries over between calls as in a browser
tab), and compares what came back: values, the content of returned files (decoded
pixels for images, samples for audio), every streamed output of a generator, and
errors (type and message).
"""

from __future__ import annotations

import hashlib
import wave
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from gradio_client import Client, handle_file
from tests.parity.dumping import Server
from tests.parity.hosts import Hosts

pytestmark = pytest.mark.interop

IMAGE, AUDIO, TEXT = "<image>", "<audio>", "<text>"


@dataclass
class Call:
    """One endpoint call: `api_name`, positional `args` (media markers become files)."""

    api_name: str
    args: tuple[Any, ...] = ()
    stream: bool = False
    kwargs: dict[str, Any] = field(default_factory=dict)


CALLS: dict[str, list[Call]] = {
    "hello_world": [Call("/greet", ("World", 3)), Call("/greet", kwargs={"name": "Ann"})],
    "calculator": [
        Call("/calculator", (3, "add", 4)),
        Call("/calculator", (144, "multiply", 2.5)),
        Call("/calculator", (1, "divide", 0)),
        Call("/calculator", (1, "modulo", 2)),
    ],
    "sepia": [Call("/sepia", (IMAGE,))],
    "tabs_accordion": [Call("/shout", ("hey",)), Call("/double", (4,))],
    "flip": [Call("/flip_text", ("abc",)), Call("/flip_image", (IMAGE,))],
    "state_counter": [
        Call("/increment"),
        Call("/increment"),
        Call("/add_item", ("a",)),
        Call("/add_item", ("b",)),
    ],
    "generator": [Call("/count_up", (4,), stream=True), Call("/spell", ("abc",), stream=True)],
    "progress_bars": [Call("/slow_echo", ("x",)), Call("/count_letters", ("abcd",))],
    "on_triggers": [
        Call("/greet", ("Ann",)),
        Call("/combine", ("a", 3)),
        Call("/on_any_input", ("z",)),
    ],
    "chained": [
        Call("/check", (" hi ",)),
        Call("/shout", ("hi",)),
        Call("/check", ("",)),
        Call("/report_failure"),
        Call("/always"),
    ],
    "updates": [
        Call("/change_textbox", ("long",)),
        Call("/change_textbox", ("none",)),
        Call("/lock", (True,)),
        Call("/new_choices", (2,)),
    ],
    "dropdown_chain": [
        Call("/update_cities", ("Japan",)),
        Call("/describe", ("France", "Paris")),
        Call("/describe", ("France", "Nice")),
        Call("/join_tags", (["a", "c"],)),
        Call("/join_tags", (["z"],)),
    ],
    "blocks_examples": [Call("/repeat", ("ab", 2))],
    "chat_interface": [
        Call("/respond", ("hello", "Be brief", 20)),
        Call("/respond", kwargs={"message": "hi"}),
    ],
    "chatbot_thoughts": [Call("/answer", ("Paris", []))],
    "file_outputs": [
        Call("/make_file", ("hello",)),
        Call("/file_size", (TEXT,)),
        Call("/make_many", (2,)),
    ],
    "audio_numpy": [Call("/reverse", (AUDIO,)), Call("/tone", (440,))],
    "json_app": [Call("/profile", ("Ann", 20, ["tea"])), Call("/profile", ("Bo", 3, []))],
    "markdown_latex": [Call("/render", ("x^2",))],
    "sidebar": [Call("/summarize", ("hello world", 5, True))],
    "every_value": [Call("/greeting")],
    "blocks_load": [Call("/initial"), Call("/reload")],
    "request_usage": [Call("/who", ("hi",))],
    "batch": [Call("/trim_words", ("hello", 3))],
    "api_names": [
        Call("/add", (1, 2)),
        Call("/add_1", (1, 2)),
        Call("/minus", (5, 2)),
        Call("/times ten!", (2,)),
        Call("/identity", (7,)),
        Call("/sub", (5, 2)),
    ],
    "queue_concurrency": [
        Call("/slow", ("a",)),
        Call("/single", ("b",)),
        Call("/gpu_a", ("c",)),
        Call("/gpu_b", ("d",)),
        Call("/free", ("e",)),
        Call("/direct", ("f",)),
    ],
    "html_app": [Call("/card", ("Ann",))],
    "checkbox_group_color": [
        Call("/ticked", (["c", "a"],)),
        Call("/ticked", (["z"],)),
        Call("/ticked_input", ([],)),
        Call("/positions", ([3, 1],)),
        Call("/swatch", ("#00ff00",)),
        Call("/invert", ("#ff0000",)),
    ],
    "image_components": [
        Call("/annotate", (12,)),
        Call("/pair", (5,)),
        Call("/describe_pair", ([IMAGE, IMAGE],)),
        Call("/describe_pair", ([IMAGE, None],)),
    ],
    "gallery_app": [
        Call("/make", (2,)),
        Call("/describe_pictures", ([{"image": IMAGE, "caption": "mine"}, {"image": IMAGE}],)),
        Call("/describe_pictures", ([],)),
        Call("/first_suffix", ([{"image": IMAGE, "caption": None}],)),
    ],
    "label_code": [
        Call("/classify", ("a fairly long text",)),
        Call("/classify", ("",)),
        Call("/show_code"),
        Call("/count_lines", ("x = 1\ny = 2",)),
    ],
    "dataframe_app": [
        Call("/scores"),
        Call("/transpose", ({"headers": ["n", "letter"], "data": [[1, "a"], [2, "b"]]},)),
        Call("/doubled", ({"headers": ["1", "2", "3"], "data": [[0, 1, 2], [3, 4, 5]]},)),
        Call("/column_sums", ({"headers": ["x", "y"], "data": [[1, 2], [3, "x"]]},)),
        Call("/column_sums", ({"headers": ["x", "y"], "data": [[]]},)),
    ],
    "download_upload_buttons": [
        Call("/upload_button_text", (TEXT,)),
        Call("/upload_button_text", (IMAGE,)),
        Call("/make_report", ("hello",)),
        Call("/download_button_suffix", (TEXT,)),
    ],
    "highlight_datetime": [
        Call("/entities", ("We flew to Paris in May",)),
        Call("/entities", ("nowhere",)),
        Call("/words", ("the quick brown fox jumps over",)),
        Call("/scores", ("a b c",)),
        Call("/labels", ([{"token": "Ann", "class_or_confidence": "PER"}, {"token": " x"}],)),
        Call("/shift", ("2024-01-01 12:00:00",)),
        Call("/shift", ("",)),
        Call("/describe", ("2024-03-01 08:00:00", "2024-02-29")),
    ],
    "native_plots": [Call("/trend", (3,)), Call("/by_fruit", (2,)), Call("/figure", (1.5,))],
}


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A small PNG, a short WAV and a text file to upload."""
    import numpy as np
    from PIL import Image

    folder = tmp_path_factory.mktemp("media")
    pixels = np.arange(8 * 6 * 3, dtype=np.uint8).reshape(8, 6, 3) * 5
    Image.fromarray(pixels).save(folder / "tiny.png")
    with wave.open(str(folder / "beep.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes((np.arange(400, dtype=np.int16) * 50).tobytes())
    (folder / "note.txt").write_text("twelve bytes")
    return {
        IMAGE: str(folder / "tiny.png"),
        AUDIO: str(folder / "beep.wav"),
        TEXT: str(folder / "note.txt"),
    }


def test_every_app_has_calls() -> None:
    from tests.parity.dumping import app_names

    assert sorted(CALLS) == app_names()


@pytest.mark.parametrize("app", sorted(CALLS))
def test_app_answers_as_gradio_does(
    app: str, hosts: Hosts, media: dict[str, str], tmp_path: Path
) -> None:
    theirs = run_calls(hosts, "gradio", app, media, tmp_path / "gradio")
    ours = run_calls(hosts, "radiogram", app, media, tmp_path / "radiogram")

    assert ours == theirs


def run_calls(
    hosts: Hosts, server: Server, app: str, media: dict[str, str], downloads: Path
) -> list[Any]:
    with Client(hosts.url(server, app), verbose=False, download_files=str(downloads)) as client:
        return [observe(client, call, media) for call in CALLS[app]]


def observe(client: Client, call: Call, media: dict[str, str]) -> Any:
    """What a call returned (or the error it raised), comparable across servers."""
    args = [with_files(a, media) for a in call.args]
    try:
        if call.stream:
            job = client.submit(*args, api_name=call.api_name, **call.kwargs)
            job.result(timeout=60)
            return {"outputs": [described(o) for o in job.outputs()]}
        return {"result": described(client.predict(*args, api_name=call.api_name, **call.kwargs))}
    except Exception as exc:  # the error itself is what we compare
        return {"error": type(exc).__name__, "message": str(exc)}


def with_files(value: Any, media: dict[str, str]) -> Any:
    """`value` with media markers, also inside lists and dicts (a Gallery), made files."""
    if isinstance(value, str) and value in media:
        return handle_file(media[value])
    if isinstance(value, list):
        return [with_files(item, media) for item in value]
    if isinstance(value, dict):
        return {key: with_files(item, media) for key, item in value.items()}
    return value


def described(value: Any) -> Any:
    """`value` with downloaded files replaced by a description of their content."""
    if isinstance(value, str) and Path(value).is_file():
        return file_content(Path(value))
    if isinstance(value, (list, tuple)):
        return [described(item) for item in value]
    if isinstance(value, dict):
        return {key: described(item) for key, item in value.items()}
    return value


def file_content(path: Path) -> dict[str, Any]:
    """Images by decoded pixels, WAV audio by samples, anything else by its bytes."""
    suffix = path.suffix.lower()
    if suffix in (".png", ".webp", ".jpg", ".jpeg", ".gif"):
        from PIL import Image

        with Image.open(path) as image:
            pixels = image.convert("RGB").tobytes()
            return {"image": list(image.size), "pixels": hashlib.sha256(pixels).hexdigest()}
    if suffix == ".wav":
        with wave.open(str(path)) as clip:
            frames = clip.readframes(clip.getnframes())
            shape = [clip.getnchannels(), clip.getsampwidth(), clip.getframerate()]
            return {"wav": shape, "samples": hashlib.sha256(frames).hexdigest()}
    data = path.read_bytes()
    return {"suffix": suffix, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
