"""Files: uploads with `handle_file`, downloads of file outputs, large files, images."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from gradio_client import Client, file, handle_file

Launcher = Callable[[str], str]


def test_an_uploaded_file_reaches_the_function(app_url: Launcher, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("hello file")

    with Client(app_url("media_app"), verbose=False) as client:
        assert client.predict(handle_file(note), api_name="/file_info") == "10 bytes"


def test_a_file_output_is_downloaded_into_download_files(
    app_url: Launcher, tmp_path: Path, download_dir: Path
) -> None:
    note = tmp_path / "my note (1).txt"
    note.write_text("round trip")

    with Client(app_url("media_app"), verbose=False, download_files=download_dir) as client:
        result = client.predict(handle_file(note), api_name="/file_echo")

    downloaded = Path(result)
    assert downloaded.read_text() == "round trip"
    assert downloaded.name == "my note (1).txt"
    assert downloaded.is_relative_to(download_dir)


def test_a_large_file_makes_the_round_trip_intact(
    app_url: Launcher, tmp_path: Path, download_dir: Path
) -> None:
    big = tmp_path / "big.bin"
    payload = os.urandom(1024 * 1024) * 12
    big.write_bytes(payload)

    with Client(app_url("media_app"), verbose=False, download_files=download_dir) as client:
        assert client.predict(handle_file(big), api_name="/file_info") == f"{len(payload)} bytes"
        result = client.predict(handle_file(big), api_name="/file_echo")

    assert Path(result).read_bytes() == payload


def test_with_download_files_false_outputs_stay_file_data(
    app_url: Launcher, tmp_path: Path
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("stay remote")

    with Client(app_url("media_app"), verbose=False, download_files=False) as client:
        result = client.predict(handle_file(note), api_name="/file_echo")

    assert result["meta"] == {"_type": "gradio.FileData"}
    assert result["orig_name"] == "note.txt"
    assert "/file=" in result["url"]


def test_an_image_is_uploaded_processed_and_downloaded(
    app_url: Launcher, tmp_path: Path, download_dir: Path
) -> None:
    source = tmp_path / "red.png"
    Image.new("RGB", (4, 3), (255, 0, 0)).save(source)

    with Client(app_url("media_app"), verbose=False, download_files=download_dir) as client:
        result = client.predict(handle_file(source), api_name="/invert")

    with Image.open(result) as inverted:
        assert inverted.size == (4, 3)
        pixel = inverted.convert("RGB").getpixel((0, 0))
    assert isinstance(pixel, tuple)
    # The server re-encodes images (WebP by default), so allow lossy rounding.
    assert all(abs(got - want) <= 8 for got, want in zip(pixel, (0, 255, 255), strict=True))


def test_handle_file_refuses_a_path_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="does not exist on local filesystem"):
        handle_file(tmp_path / "missing.txt")


def test_handle_file_passes_urls_through_without_upload() -> None:
    marked = handle_file("https://example.org/files/cat.png")

    assert marked == {
        "path": "https://example.org/files/cat.png",
        "meta": {"_type": "gradio.FileData"},
        "orig_name": "cat.png",
        "url": "https://example.org/files/cat.png",
    }


def test_file_is_the_deprecated_name_of_handle_file(tmp_path: Path) -> None:
    note = tmp_path / "n.txt"
    note.write_text("x")

    with pytest.deprecated_call():
        assert file(note) == handle_file(note)
