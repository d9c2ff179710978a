"""`FileAccess.check` attacked directly: the one function that decides what may be served."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from gradio.files import static_paths
from gradio.files.access import FileAccess, FileAccessError, is_unsafe_windows_path, is_within


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    path = tmp_path / "gradio"
    path.mkdir()
    (path / "abc").mkdir()
    (path / "abc" / "note.txt").write_text("cached")
    return path


def write(path: Path, text: str = "data") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def refused(access: FileAccess, path: str | Path) -> str:
    with pytest.raises(FileAccessError) as info:
        access.check(path)
    return str(info.value)


def test_a_file_in_the_cache_is_allowed_and_returned_resolved(cache: Path) -> None:
    access = FileAccess(cache_dirs=[cache], read_env=False)
    assert access.check(str(cache / "abc" / "note.txt")) == (cache / "abc" / "note.txt").resolve()


def test_dot_dot_is_refused_even_when_it_lands_inside_the_cache(cache: Path) -> None:
    access = FileAccess(cache_dirs=[cache], read_env=False)
    sneaky = f"{cache}/abc/../abc/note.txt"
    assert refused(access, sneaky) == f"File not allowed: {sneaky}."


def test_dot_dot_cannot_climb_out_of_the_cache(cache: Path) -> None:
    access = FileAccess(cache_dirs=[cache], read_env=False)
    refused(access, f"{cache}/../../../../etc/passwd")
    refused(access, f"{cache}\\..\\..\\etc\\passwd")


def test_files_elsewhere_are_refused(cache: Path) -> None:
    access = FileAccess(cache_dirs=[cache], read_env=False)
    assert refused(access, "/etc/passwd") == "File not allowed: /etc/passwd."


def test_a_sibling_directory_sharing_the_prefix_is_not_inside(tmp_path: Path, cache: Path) -> None:
    evil = write(tmp_path / "gradio-evil" / "secret.txt")
    access = FileAccess(cache_dirs=[cache], read_env=False)
    refused(access, evil)
    assert not is_within(Path("/tmp/gradio-evil/x"), Path("/tmp/gradio"))
    assert is_within(Path("/tmp/gradio/x"), Path("/tmp/gradio"))


def test_a_symlink_in_the_cache_pointing_outside_is_refused(tmp_path: Path, cache: Path) -> None:
    secret = write(tmp_path / "outside" / "secret.txt")
    (cache / "link.txt").symlink_to(secret)
    (cache / "linkdir").symlink_to(secret.parent, target_is_directory=True)
    access = FileAccess(cache_dirs=[cache], read_env=False)
    refused(access, cache / "link.txt")
    refused(access, cache / "linkdir" / "secret.txt")


def test_a_symlinked_cache_directory_still_serves_its_own_files(
    tmp_path: Path, cache: Path
) -> None:
    alias = tmp_path / "alias"
    alias.symlink_to(cache, target_is_directory=True)
    access = FileAccess(cache_dirs=[alias], read_env=False)
    assert access.check(cache / "abc" / "note.txt") == (cache / "abc" / "note.txt").resolve()


def test_missing_files_and_directories_get_the_same_refusal(cache: Path) -> None:
    access = FileAccess(cache_dirs=[cache], read_env=False)
    missing = str(cache / "abc" / "nope.txt")
    directory = str(cache / "abc")
    assert refused(access, missing) == f"File not allowed: {missing}."
    assert refused(access, directory) == f"File not allowed: {directory}."
    assert refused(access, str(cache)) == f"File not allowed: {cache}."


def test_empty_and_nul_paths_are_refused(cache: Path) -> None:
    access = FileAccess(cache_dirs=[cache], read_env=False)
    refused(access, "")
    refused(access, f"{cache}/abc/note.txt\x00.png")


def test_allowed_paths_expose_a_directory_and_everything_beneath(tmp_path: Path) -> None:
    deep = write(tmp_path / "assets" / "img" / "logo.png")
    access = FileAccess(allowed_paths=[tmp_path / "assets"], read_env=False)
    assert access.check(deep) == deep.resolve()


def test_an_allowed_file_exposes_only_itself(tmp_path: Path) -> None:
    allowed = write(tmp_path / "public.txt")
    sibling = write(tmp_path / "private.txt")
    access = FileAccess(allowed_paths=[allowed], read_env=False)
    assert access.check(allowed) == allowed.resolve()
    refused(access, sibling)


def test_relative_paths_resolve_against_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "assets" / "a.txt")
    monkeypatch.chdir(tmp_path)
    access = FileAccess(allowed_paths=["assets"], read_env=False)
    assert access.check("assets/a.txt") == (tmp_path / "assets" / "a.txt").resolve()
    refused(access, "a.txt")


def test_gradio_allowed_paths_environment_variable_is_honoured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = write(tmp_path / "one" / "x.txt")
    two = write(tmp_path / "two" / "y.txt")
    monkeypatch.setenv("GRADIO_ALLOWED_PATHS", f"{tmp_path / 'one'}, {tmp_path / 'two'}")
    access = FileAccess()
    assert access.check(one) == one.resolve()
    assert access.check(two) == two.resolve()


def test_static_paths_are_allowed_in_place(tmp_path: Path) -> None:
    logo = write(tmp_path / "static" / "logo.png")
    access = FileAccess(read_env=False)
    refused(access, logo)
    static_paths.set_static_paths([tmp_path / "static"])
    assert access.check(logo) == logo.resolve()


def test_blocked_paths_beat_the_cache_allowed_and_static_paths(tmp_path: Path, cache: Path) -> None:
    secret = write(tmp_path / "area" / "secret" / "key.txt")
    static_paths.set_static_paths(str(tmp_path / "area"))
    access = FileAccess(
        cache_dirs=[cache],
        allowed_paths=[tmp_path / "area"],
        blocked_paths=[tmp_path / "area" / "secret", cache / "abc"],
        read_env=False,
    )
    refused(access, secret)
    refused(access, cache / "abc" / "note.txt")


def test_blocked_paths_are_compared_ignoring_case(tmp_path: Path) -> None:
    secret = write(tmp_path / "area" / "Secret.TXT")
    access = FileAccess(
        allowed_paths=[tmp_path / "area"],
        blocked_paths=[tmp_path / "AREA" / "secret.txt"],
        read_env=False,
    )
    refused(access, secret)


def test_a_symlink_into_a_blocked_directory_is_refused(tmp_path: Path, cache: Path) -> None:
    secret = write(tmp_path / "blocked" / "key.txt")
    (cache / "innocent.txt").symlink_to(secret)
    access = FileAccess(cache_dirs=[cache], blocked_paths=[tmp_path / "blocked"], read_env=False)
    refused(access, cache / "innocent.txt")


def test_a_blocked_symlink_to_an_allowed_file_is_refused(tmp_path: Path, cache: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "alias.txt").symlink_to(cache / "abc" / "note.txt")
    access = FileAccess(cache_dirs=[cache], blocked_paths=[blocked], read_env=False)
    refused(access, blocked / "alias.txt")
    assert access.check(cache / "abc" / "note.txt")


def test_windows_path_forms_that_escape_are_recognised() -> None:
    for unsafe in [
        r"\\host\share\x.txt",
        r"\\?\C:\x.txt",
        r"\Windows\win.ini",
        "C:secret.txt",
        r"C:\data\file.txt:hidden",
        r"C:\data\CON",
        r"C:\data\nul.txt",
        r"C:\data\com1.log",
    ]:
        assert is_unsafe_windows_path(unsafe), unsafe
    assert not is_unsafe_windows_path(r"C:\Users\me\gradio\abc\note.txt")
    assert not is_unsafe_windows_path(r"C:\Users\me\console.txt")


class TestOutputSources:
    """Files returned by user functions: allowed_paths, CWD (no dot-files) or temp dir."""

    @pytest.fixture
    def layout(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
        (tmp_path / "systemp").mkdir()
        (tmp_path / "cwd").mkdir()
        monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "systemp"))
        monkeypatch.chdir(tmp_path / "cwd")
        return tmp_path

    def test_files_in_the_temp_dir_and_working_directory_may_be_returned(
        self, layout: Path
    ) -> None:
        access = FileAccess(read_env=False)
        in_temp = write(layout / "systemp" / "out.png")
        in_cwd = write(layout / "cwd" / "results" / "out.csv")
        assert access.check_output_source(in_temp) == in_temp.resolve()
        assert access.check_output_source("results/out.csv") == in_cwd.resolve()

    def test_dot_files_in_the_working_directory_may_not_be_returned(self, layout: Path) -> None:
        access = FileAccess(read_env=False)
        write(layout / "cwd" / ".env", "SECRET=1")
        write(layout / "cwd" / ".git" / "config")
        for path in [".env", ".git/config", str(layout / "cwd" / ".env")]:
            with pytest.raises(FileAccessError) as info:
                access.check_output_source(path)
            assert info.value.reason == "a dot-file in the working directory"

    def test_files_outside_every_allowed_place_may_not_be_returned(self, layout: Path) -> None:
        elsewhere = write(layout / "elsewhere" / "data.txt")
        with pytest.raises(FileAccessError) as info:
            FileAccess(read_env=False).check_output_source(elsewhere)
        assert "allowed_paths" in (info.value.reason or "")
        allowing = FileAccess(allowed_paths=[layout / "elsewhere"], read_env=False)
        assert allowing.check_output_source(elsewhere) == elsewhere.resolve()

    def test_blocked_paths_beat_the_working_directory(self, layout: Path) -> None:
        write(layout / "cwd" / "private" / "x.txt")
        access = FileAccess(blocked_paths=[layout / "cwd" / "private"], read_env=False)
        with pytest.raises(FileAccessError):
            access.check_output_source("private/x.txt")

    def test_missing_files_may_not_be_returned(self, layout: Path) -> None:
        with pytest.raises(FileAccessError):
            FileAccess(read_env=False).check_output_source(layout / "systemp" / "nope.png")


def test_half_written_uploads_in_the_cache_are_not_served(cache: Path) -> None:
    partial = write(cache / ".partial" / "0123abcd")
    dotted_upload = write(cache / "abc" / ".htaccess")
    access = FileAccess(cache_dirs=[cache], read_env=False)
    refused(access, partial)
    assert access.check(dotted_upload) == dotted_upload.resolve()
