"""`FileCache`: content-addressed storage, safe names, eviction."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from gradio.files.cache import (
    MAX_NAME_BYTES,
    FileCache,
    default_cache_root,
    evict_periodically,
    safe_filename,
)


def test_same_bytes_land_in_the_same_64_hex_directory(tmp_path: Path) -> None:
    cache = FileCache(tmp_path / "c")
    first = cache.store_bytes(b"hello", "a.txt")
    again = cache.store_bytes(b"hello", "a.txt")
    other = cache.store_bytes(b"bye", "a.txt")
    assert first == again
    assert first.parent != other.parent
    assert re.fullmatch(r"[0-9a-f]{64}", first.parent.name)
    assert first.parent.parent == cache.root
    assert first.read_bytes() == b"hello"


def test_the_digest_is_not_the_plain_sha256_of_the_content(tmp_path: Path) -> None:
    import hashlib

    stored = FileCache(tmp_path / "c").store_bytes(b"hello", "a.txt")
    assert stored.parent.name != hashlib.sha256(b"hello").hexdigest()


def test_copying_a_file_keeps_its_name_and_bytes(tmp_path: Path) -> None:
    source = tmp_path / "my report (final).pdf"
    source.write_bytes(b"%PDF")
    stored = FileCache(tmp_path / "c").store_file(source)
    assert stored.name == "my report (final).pdf"
    assert stored.read_bytes() == b"%PDF"


def test_a_file_already_in_the_cache_is_not_copied_again(tmp_path: Path) -> None:
    cache = FileCache(tmp_path / "c")
    stored = cache.store_bytes(b"x", "x.bin")
    assert cache.store_file(stored) == stored


def test_no_partial_files_are_left_after_storing(tmp_path: Path) -> None:
    cache = FileCache(tmp_path / "c")
    cache.store_bytes(b"x", "x.bin")
    cache.store_bytes(b"x", "x.bin")
    assert list((cache.root / ".partial").iterdir()) == []


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\boot.ini", "boot.ini"),
        ("..", "file"),
        (".", "file"),
        ("", "file"),
        ("a\x00b\nc.txt", "abc.txt"),
        ("photo (1).png", "photo (1).png"),
        ("café.txt", "café.txt"),
    ],
)
def test_filenames_are_made_safe(given: str, stored: str) -> None:
    assert safe_filename(given) == stored


def test_long_filenames_are_cut_but_keep_their_extension() -> None:
    name = safe_filename("é" * 300 + ".png")
    assert name.endswith(".png")
    assert len(name.encode()) <= MAX_NAME_BYTES


def test_deleting_created_files_respects_their_age(tmp_path: Path) -> None:
    cache = FileCache(tmp_path / "c")
    old = cache.store_bytes(b"old", "old.txt")
    new = cache.store_bytes(b"new", "new.txt")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    assert cache.delete_created(older_than=60) == 1
    assert not old.exists() and not old.parent.exists()
    assert new.exists()
    assert cache.delete_created() == 1
    assert not new.exists()


def test_the_cache_root_follows_gradio_temp_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "mine"))
    assert default_cache_root() == tmp_path / "mine"
    assert FileCache().root == (tmp_path / "mine").resolve()
    monkeypatch.delenv("GRADIO_TEMP_DIR")
    assert default_cache_root().name == "gradio"


def test_the_delete_cache_loop_sweeps_old_files(tmp_path: Path) -> None:
    import anyio

    cache = FileCache(tmp_path / "c")
    stored = cache.store_bytes(b"temp", "t.txt")

    async def main() -> None:
        with anyio.move_on_after(0.5):
            await evict_periodically(cache, frequency=0.05, age=0)
        return None

    anyio.run(main)
    assert not stored.exists()
