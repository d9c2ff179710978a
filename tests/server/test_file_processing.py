"""FileData in outputs (cached, given a URL) and in inputs (checked, G2)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from gradio.files import static_paths
from gradio.files.access import FileAccess, FileAccessError
from gradio.files.cache import FileCache
from gradio.files.processing import is_filedata, prepare_output_files, validate_input_files

ROOT = "http://127.0.0.1:7860"
META = {"_type": "gradio.FileData"}


@pytest.fixture
def layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A system temp dir, a working directory and an unrelated directory, all separate."""
    for name in ("systemp", "cwd", "elsewhere"):
        (tmp_path / name).mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "systemp"))
    monkeypatch.chdir(tmp_path / "cwd")
    return tmp_path


@pytest.fixture
def state(layout: Path) -> Any:
    cache = FileCache(layout / "systemp" / "gradio")
    access = FileAccess(cache_dirs=[cache.root], read_env=False)
    return SimpleNamespace(cache=cache, access=access)


def filedata(path: str | None, **extra: Any) -> dict[str, Any]:
    return {"path": path, "url": None, "orig_name": None, "meta": dict(META), **extra}


def test_a_returned_temp_file_is_cached_and_given_a_url(layout: Path, state: Any) -> None:
    source = layout / "systemp" / "out.txt"
    source.write_text("result")
    [prepared] = [prepare_output_files(filedata(str(source)), ROOT + "/", state)]
    cached = Path(prepared["path"])
    assert cached.parent.parent == state.cache.root
    assert cached.read_text() == "result"
    assert prepared["url"] == f"{ROOT}/gradio_api/file={cached}"
    assert state.access.check(prepared["path"]) == cached


def test_filedata_is_found_anywhere_in_the_payload(layout: Path, state: Any) -> None:
    (layout / "cwd" / "a.png").write_bytes(b"a")
    (layout / "cwd" / "b.png").write_bytes(b"b")
    payload: dict[str, Any] = {
        "messages": [{"role": "assistant", "content": [filedata("a.png")]}],
        "gallery": ({"image": filedata("b.png"), "caption": "b"},),
        "text": "a.png",
    }
    prepared = prepare_output_files(payload, ROOT, state)
    first = prepared["messages"][0]["content"][0]
    second = prepared["gallery"][0]["image"]
    assert Path(first["path"]).read_bytes() == b"a"
    assert Path(second["path"]).read_bytes() == b"b"
    assert prepared["text"] == "a.png"
    assert payload["messages"][0]["content"][0]["path"] == "a.png"  # input left untouched


def test_a_file_outside_the_allowed_places_makes_the_output_fail(layout: Path, state: Any) -> None:
    secret = layout / "elsewhere" / "secret.txt"
    secret.write_text("s")
    with pytest.raises(FileAccessError) as info:
        prepare_output_files([filedata(str(secret))], ROOT, state)
    assert "allowed_paths" in (info.value.reason or "")
    assert not list(state.cache.root.glob("*/secret.txt"))


def test_dot_files_in_the_working_directory_never_become_outputs(layout: Path, state: Any) -> None:
    (layout / "cwd" / ".env").write_text("KEY=1")
    with pytest.raises(FileAccessError):
        prepare_output_files(filedata(".env"), ROOT, state)


def test_blocked_files_never_become_outputs(layout: Path) -> None:
    cache = FileCache(layout / "systemp" / "gradio")
    access = FileAccess(
        cache_dirs=[cache.root], blocked_paths=[layout / "cwd" / "private"], read_env=False
    )
    (layout / "cwd" / "private").mkdir()
    (layout / "cwd" / "private" / "x.txt").write_text("x")
    with pytest.raises(FileAccessError):
        prepare_output_files(
            filedata("private/x.txt"), ROOT, SimpleNamespace(cache=cache, access=access)
        )


def test_urls_stay_urls_because_nothing_is_fetched(state: Any) -> None:
    url = "https://example.com/cat.png"
    assert prepare_output_files(filedata(url), ROOT, state) == filedata(url, url=url)


def test_streams_and_non_filedata_dicts_are_left_alone(state: Any) -> None:
    stream = filedata("sess/1/2/playlist.m3u8", is_stream=True)
    plain = {"path": "/etc/passwd"}
    assert prepare_output_files([stream, plain], ROOT, state) == [stream, plain]
    assert not is_filedata(plain)


def test_static_files_are_served_in_place(layout: Path, state: Any) -> None:
    (layout / "elsewhere" / "logo.png").write_bytes(b"logo")
    static_paths.set_static_paths(str(layout / "elsewhere"))
    prepared = prepare_output_files(filedata(str(layout / "elsewhere" / "logo.png")), ROOT, state)
    assert prepared["path"] == str((layout / "elsewhere" / "logo.png").resolve())


class TestInputs:
    """`validate_input_files`: clients may only name files the server created."""

    def test_an_uploaded_file_is_accepted(self, state: Any) -> None:
        stored = state.cache.store_bytes(b"img", "red.png")
        payload = [filedata(str(stored), orig_name="red.png")]
        assert validate_input_files(payload, state) is payload

    @pytest.mark.parametrize("path", ["/etc/passwd", "/etc/hostname", "relative.txt"])
    def test_server_paths_are_refused(self, state: Any, path: str) -> None:
        with pytest.raises(FileAccessError, match="File not allowed"):
            validate_input_files({"nested": [filedata(path)]}, state)

    def test_a_file_in_allowed_paths_is_still_refused_as_input(
        self, layout: Path, state: Any
    ) -> None:
        (layout / "elsewhere" / "x.txt").write_text("x")
        access = FileAccess(
            cache_dirs=[state.cache.root], allowed_paths=[layout / "elsewhere"], read_env=False
        )
        with pytest.raises(FileAccessError):
            validate_input_files(
                filedata(str(layout / "elsewhere" / "x.txt")),
                SimpleNamespace(cache=state.cache, access=access),
            )

    def test_dot_dot_out_of_the_cache_is_refused(self, state: Any) -> None:
        stored = state.cache.store_bytes(b"x", "x.txt")
        with pytest.raises(FileAccessError):
            validate_input_files(filedata(f"{stored.parent}/../../../../etc/passwd"), state)

    def test_a_symlink_planted_in_the_cache_is_refused(self, layout: Path, state: Any) -> None:
        (layout / "elsewhere" / "s.txt").write_text("s")
        link = state.cache.root / "planted.txt"
        link.symlink_to(layout / "elsewhere" / "s.txt")
        with pytest.raises(FileAccessError):
            validate_input_files(filedata(str(link)), state)

    def test_a_filedata_without_a_path_is_refused(self, state: Any) -> None:
        with pytest.raises(FileAccessError) as info:
            validate_input_files(filedata(None, url="http://x/y"), state)
        assert "upload" in (info.value.reason or "")

    def test_urls_pass_through_unfetched_as_the_same_string(self, state: Any) -> None:
        url = filedata("https://example.com/cat.png")
        assert validate_input_files(url, state) == url

    def test_a_missing_file_in_the_cache_is_refused(self, state: Any) -> None:
        with pytest.raises(FileAccessError):
            validate_input_files(filedata(str(state.cache.root / ("f" * 64) / "gone.txt")), state)

    def test_static_example_files_are_accepted(self, layout: Path, state: Any) -> None:
        (layout / "elsewhere" / "example.png").write_bytes(b"e")
        static_paths.set_static_paths(str(layout / "elsewhere"))
        validate_input_files(filedata(str(layout / "elsewhere" / "example.png")), state)

    def test_filedata_hidden_in_very_deep_nesting_is_refused(self, state: Any) -> None:
        payload: Any = filedata("/etc/passwd")
        for _ in range(100):
            payload = [payload]
        with pytest.raises(FileAccessError):
            validate_input_files(payload, state)

    def test_plain_json_mentioning_paths_is_not_filedata(self, state: Any) -> None:
        payload = {"path": "/etc/passwd", "meta": {"_type": "something-else"}}
        assert validate_input_files(payload, state) is payload


def test_a_chat_history_holding_a_url_image_is_accepted_but_server_paths_are_not(
    state: Any,
) -> None:
    import gradio as gr
    from gradio.files.input_guard import checking_client_files

    def file_part(path: str) -> dict[str, Any]:
        return {"type": "file", "file": {"path": path, "meta": {"_type": "gradio.FileData"}}}

    url = "https://example.com/cat.png"
    history = [{"role": "assistant", "content": [file_part(url)]}]
    with checking_client_files(state):
        received = gr.Chatbot().preprocess(history)
        assert received[0]["content"][0]["file"]["path"] == url
        with pytest.raises(FileAccessError):
            gr.Chatbot().preprocess([{"role": "user", "content": [file_part("/etc/passwd")]}])
