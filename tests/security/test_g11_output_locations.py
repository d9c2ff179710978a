"""G11: nothing a user sends picks where the server writes, or truncates a file it has."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

import gradio as gr

LiveServer = Callable[..., str]
HOSTILE_NAMES = [
    "../victim.txt",
    "../../victim.txt",
    "..\\..\\victim.txt",
    "{victim}",
    "/{victim}",
    "..",
    ".",
    "",
    ".partial",
    "con",
    "a\x00b.txt",
    "x" * 3000 + ".txt",
]


@pytest.fixture
def layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))
    (tmp_path / "victim.txt").write_text("original")
    return tmp_path


@pytest.fixture
def base(live_server: LiveServer, layout: Path) -> str:
    with gr.Blocks() as demo:
        gr.Textbox()
    return live_server(demo)


def test_upload_filenames_cannot_place_or_overwrite_files_outside_the_cache(
    base: str, layout: Path
) -> None:
    cache = (layout / "cache").resolve()
    for name in HOSTILE_NAMES:
        filename = name.format(victim=layout / "victim.txt")
        answer = httpx.post(
            f"{base}/gradio_api/upload", files={"files": (filename, b"overwritten")}
        )
        assert answer.status_code == 200, filename
        for stored in [Path(p) for p in answer.json()]:  # an empty name stores nothing
            assert stored.parent.parent == cache, filename
            assert len(stored.name.encode()) <= 255
    assert (layout / "victim.txt").read_text() == "original"
    assert sorted(p.name for p in layout.iterdir()) == ["cache", "victim.txt"]


def test_a_second_upload_with_the_same_name_never_changes_the_first(base: str) -> None:
    def upload(content: bytes) -> Path:
        files = {"files": ("same.txt", content)}
        [path] = httpx.post(f"{base}/gradio_api/upload", files=files).json()
        return Path(path)

    first = upload(b"first")
    second = upload(b"second")
    assert first != second
    assert (first.read_bytes(), second.read_bytes()) == (b"first", b"second")


def test_an_upload_id_cannot_name_a_path(base: str, layout: Path) -> None:
    upload_id = f"../../{layout / 'victim.txt'}"
    answer = httpx.post(
        f"{base}/gradio_api/upload",
        params={"upload_id": upload_id},
        files={"files": ("a.txt", b"overwritten")},
    )
    assert answer.status_code == 200
    assert (layout / "victim.txt").read_text() == "original"
