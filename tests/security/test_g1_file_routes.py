"""G1: path traversal through every route that answers with file bytes, sent byte for byte.

HTTP clients normalise `..` before sending, so these requests go out over a raw socket;
the same texts are then handed to the resolver directly, already percent-decoded, as the
router would pass them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from attacks import raw_get

import gradio as gr
from gradio.files.access import FileAccess, FileAccessError

SECRET = "secret-bytes-never-served"
LiveServer = Callable[..., str]

# `{cache}` is the app's cache directory, `{secret}` the absolute path of a file beside it.
TRAVERSALS = [
    "{secret}",
    "{cache}/../secret.txt",
    "{cache}/%2e%2e/secret.txt",
    "{cache}/%2E%2E/secret.txt",
    "{cache}/..%2fsecret.txt",
    "{cache}/..%2Fsecret.txt",
    "{cache}/..%5csecret.txt",
    "{cache}/%252e%252e/secret.txt",
    "{cache}/%c0%ae%c0%ae/secret.txt",
    "{cache}/./../secret.txt",
    "{cache}//..//secret.txt",
    "{cache}/x/../../secret.txt",
    "{cache}/../secret.txt%00.png",
    "{cache}/../secret.txt;.png",
    "/{secret}",
    "//{secret}",
    "../../../../../../..{secret}",
    "{cache}/../SECRET.TXT",
]


@pytest.fixture
def layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`<tmp>/cache` is the app's cache; `<tmp>/secret.txt` sits right beside it."""
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))
    (tmp_path / "secret.txt").write_text(SECRET)
    return tmp_path


@pytest.fixture
def base(live_server: LiveServer, layout: Path) -> str:
    with gr.Blocks() as demo:
        gr.Textbox()
    return live_server(demo)


def targets(layout: Path) -> list[str]:
    cache = str(layout / "cache")
    secret = str(layout / "secret.txt")
    return [t.format(cache=cache, secret=secret) for t in TRAVERSALS]


@pytest.mark.parametrize("prefix", ["/gradio_api/file=", "/gradio_api/file/"])
def test_no_traversal_form_reads_a_file_beside_the_cache(
    base: str, layout: Path, prefix: str
) -> None:
    for target in targets(layout):
        status, body = raw_get(base, prefix + target)
        assert status in (400, 403, 404), target
        assert SECRET.encode() not in body, target


@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_traversal_through_the_asset_route_finds_nothing(
    base: str, layout: Path, method: str
) -> None:
    for target in [
        "/assets/../../../pyproject.toml",
        "/assets/%2e%2e/%2e%2e/pyproject.toml",
        "/assets/..%2f..%2f..%2fpyproject.toml",
        f"/assets/{layout}/secret.txt",
        f"/assets//{layout}/secret.txt",
    ]:
        status, body = raw_get(base, target)
        assert status in (400, 404), target
        assert SECRET.encode() not in body and b"[project]" not in body


def test_the_resolver_refuses_every_decoded_traversal(layout: Path) -> None:
    from urllib.parse import unquote

    access = FileAccess(cache_dirs=[layout / "cache"], read_env=False)
    (layout / "cache").mkdir(exist_ok=True)
    for target in targets(layout):
        for text in {target, unquote(target), unquote(unquote(target))}:
            with pytest.raises(FileAccessError) as refused:
                access.check(text)
            assert str(refused.value) == f"File not allowed: {text}."


def test_the_refusal_is_the_same_for_missing_forbidden_and_directories(
    base: str, layout: Path
) -> None:
    answers = set()
    for target in [f"{layout}/secret.txt", f"{layout}/cache", f"{layout}/cache/nope.txt"]:
        status, body = raw_get(base, "/gradio_api/file=" + target)
        answers.add((status, body.replace(target.encode(), b"<path>")))
    assert answers == {(403, b'{"detail":"File not allowed: <path>."}')}
