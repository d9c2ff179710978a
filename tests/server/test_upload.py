"""`POST /gradio_api/upload` and `GET /gradio_api/upload_progress` (protocol §9.2, §9.3)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from gradio.files.cache import FileCache
from gradio.files.upload import UploadError, UploadLimits, parse_size, receive_upload
from gradio.server.routes import files as file_routes


def upload(client: Any, *files: tuple[str, bytes], field: str = "files") -> httpx.Response:
    parts = [(field, (name, data)) for name, data in files]
    response: httpx.Response = client.post("/gradio_api/upload", files=parts)
    return response


def test_uploading_two_files_answers_their_cached_paths_in_order(
    files_client: Callable[..., Any], cache_root: Path
) -> None:
    client = files_client()
    response = upload(client, ("red.png", b"\x89PNG red"), ("my note (1).txt", b"hello"))
    assert response.status_code == 200
    paths = [Path(p) for p in response.json()]
    assert [p.name for p in paths] == ["red.png", "my note (1).txt"]
    assert paths[0].read_bytes() == b"\x89PNG red"
    assert paths[1].read_bytes() == b"hello"
    assert all(p.parent.parent == cache_root.resolve() for p in paths)
    assert all(len(p.parent.name) == 64 for p in paths)


def test_the_same_bytes_uploaded_twice_get_the_same_path(files_client: Callable[..., Any]) -> None:
    client = files_client()
    first = upload(client, ("a.txt", b"same")).json()
    second = upload(client, ("a.txt", b"same")).json()
    assert first == second


def test_a_traversing_filename_is_stored_inside_the_cache(
    files_client: Callable[..., Any], cache_root: Path
) -> None:
    client = files_client()
    [stored] = upload(client, ("../../../evil.sh", b"#!")).json()
    assert Path(stored).name == "evil.sh"
    assert Path(stored).parent.parent == cache_root.resolve()


def test_parts_not_named_files_are_ignored(files_client: Callable[..., Any]) -> None:
    client = files_client()
    response = upload(client, ("a.txt", b"x"), field="other")
    assert response.status_code == 200
    assert response.json() == []


def test_a_body_that_is_not_multipart_is_rejected(files_client: Callable[..., Any]) -> None:
    client = files_client()
    response = client.post("/gradio_api/upload", json={"files": []})
    assert response.status_code == 400
    assert response.json() == {"detail": "Invalid content type."}


def test_a_multipart_type_without_boundary_is_rejected(files_client: Callable[..., Any]) -> None:
    client = files_client()
    response = client.post(
        "/gradio_api/upload", content=b"x", headers={"content-type": "multipart/form-data"}
    )
    assert response.status_code == 400
    assert response.json() == {"detail": "Invalid content type."}


def test_a_file_over_max_file_size_is_rejected_with_413_and_not_kept(
    files_client: Callable[..., Any], cache_root: Path
) -> None:
    client = files_client(max_file_size=100)
    assert upload(client, ("ok.bin", b"x" * 100)).status_code == 200
    response = upload(client, ("big.bin", b"y" * 101))
    assert response.status_code == 413
    assert response.text == "File size exceeded maximum allowed size of 100 bytes."
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert not list(cache_root.glob("*/big.bin"))
    assert list((cache_root / ".partial").iterdir()) == []


def test_a_truncated_body_is_rejected_with_400(files_client: Callable[..., Any]) -> None:
    client = files_client()
    body = b'--xyz\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\nabc'
    response = client.post(
        "/gradio_api/upload",
        content=body,
        headers={"content-type": "multipart/form-data; boundary=xyz"},
    )
    assert response.status_code == 400
    assert response.text == "Malformed multipart body."


def test_uploads_need_a_login_when_auth_is_on(files_client: Callable[..., Any]) -> None:
    client = files_client(auth=("u", "p"))
    response = upload(client, ("a.txt", b"x"))
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), (100, 100), ("100", 100), ("5kb", 5120), ("1 MB", 1048576), ("2gb", 2 << 30)],
)
def test_max_file_size_strings_are_parsed_like_gradio(value: Any, expected: int | None) -> None:
    assert parse_size(value) == expected


def test_a_nonsense_size_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="Invalid file size"):
        parse_size("lots")


class TestLimits:
    """The G10 caps, exercised on `receive_upload` with hand-made bodies."""

    @staticmethod
    def body(parts: list[tuple[list[str], bytes]], boundary: str = "b0und") -> bytes:
        out = b""
        for headers, data in parts:
            out += f"--{boundary}\r\n".encode()
            out += "".join(f"{h}\r\n" for h in headers).encode() + b"\r\n" + data + b"\r\n"
        return out + f"--{boundary}--\r\n".encode()

    @staticmethod
    def file_part(name: str = "a.txt") -> list[str]:
        return [f'Content-Disposition: form-data; name="files"; filename="{name}"']

    @staticmethod
    def run(body: bytes, limits: UploadLimits, tmp_path: Path, boundary: str = "b0und") -> Any:
        import anyio

        async def chunks() -> AsyncIterator[bytes]:
            for start in range(0, len(body), 7):
                yield body[start : start + 7]

        async def main() -> list[Path]:
            content_type = f"multipart/form-data; boundary={boundary}"
            return await receive_upload(chunks(), content_type, FileCache(tmp_path), limits)

        return anyio.run(main)

    def test_small_chunks_still_store_whole_files(self, tmp_path: Path) -> None:
        body = self.body([(self.file_part(), b"hello world")])
        [stored] = self.run(body, UploadLimits(), tmp_path)
        assert stored.read_bytes() == b"hello world"

    def test_too_many_files_are_refused(self, tmp_path: Path) -> None:
        body = self.body([(self.file_part(f"{i}.txt"), b"x") for i in range(3)])
        with pytest.raises(UploadError, match="Too many files") as info:
            self.run(body, UploadLimits(max_files=2), tmp_path)
        assert info.value.status_code == 400

    def test_too_many_fields_are_refused(self, tmp_path: Path) -> None:
        field = ['Content-Disposition: form-data; name="f"']
        body = self.body([(field, b"v")] * 3)
        with pytest.raises(UploadError, match="Too many fields"):
            self.run(body, UploadLimits(max_fields=2), tmp_path)

    def test_a_huge_text_field_is_refused(self, tmp_path: Path) -> None:
        field = ['Content-Disposition: form-data; name="f"']
        body = self.body([(field, b"v" * 2000)])
        with pytest.raises(UploadError, match="Form field too large") as info:
            self.run(body, UploadLimits(max_field_size=1000), tmp_path)
        assert info.value.status_code == 413

    def test_too_many_part_headers_are_refused(self, tmp_path: Path) -> None:
        headers = self.file_part() + [f"X-H{i}: v" for i in range(6)]
        with pytest.raises(UploadError, match="Too many headers"):
            self.run(self.body([(headers, b"x")]), UploadLimits(max_headers_per_part=4), tmp_path)

    def test_a_flood_of_part_headers_is_refused_by_the_parser_too(self, tmp_path: Path) -> None:
        headers = self.file_part() + [f"X-H{i}: v" for i in range(100)]
        with pytest.raises(UploadError, match="Malformed"):
            self.run(
                self.body([(headers, b"x")]), UploadLimits(max_headers_per_part=1000), tmp_path
            )

    def test_oversized_part_headers_are_refused(self, tmp_path: Path) -> None:
        headers = [*self.file_part(), "X-Big: " + "a" * 5000]
        with pytest.raises(UploadError, match="headers too large"):
            self.run(self.body([(headers, b"x")]), UploadLimits(max_header_bytes=4096), tmp_path)

    def test_an_overlong_boundary_is_refused(self, tmp_path: Path) -> None:
        boundary = "b" * 300
        body = self.body([(self.file_part(), b"x")], boundary=boundary)
        with pytest.raises(UploadError, match="boundary too long"):
            self.run(body, UploadLimits(), tmp_path, boundary=boundary)


class TestProgress:
    """`P/upload_progress`: SSE of bytes received per file, then `done`."""

    def test_an_unknown_upload_id_is_404(
        self, files_client: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(file_routes, "PROGRESS_WAIT_SECONDS", 0.1)
        response = files_client().get("/gradio_api/upload_progress?upload_id=abc")
        assert response.status_code == 404
        assert response.text == "Upload not found"

    def test_a_finished_upload_reports_only_done(self, files_client: Callable[..., Any]) -> None:
        client = files_client()
        client.post("/gradio_api/upload?upload_id=u1", files=[("files", ("a.txt", b"abc"))])
        response = client.get("/gradio_api/upload_progress?upload_id=u1")
        assert response.headers["content-type"].startswith("text/event-stream")
        assert response.text == 'data: {"msg": "done"}\n\n'

    def test_progress_streams_while_a_slow_upload_arrives(
        self, files_app: Callable[..., Any], serve: Callable[[Any], str]
    ) -> None:
        base = serve(files_app())
        boundary = "slowb0undary"
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; '
            'filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n'
        ).encode()
        chunk = b"z" * 50_000

        def body() -> Iterator[bytes]:
            yield head
            for _ in range(6):
                time.sleep(0.15)
                yield chunk
            yield f"\r\n--{boundary}--\r\n".encode()

        result: dict[str, Any] = {}

        def send() -> None:
            result["upload"] = httpx.post(
                f"{base}/gradio_api/upload?upload_id=slow1",
                content=body(),
                headers={"content-type": f"multipart/form-data; boundary={boundary}"},
                timeout=30,
            )

        sender = threading.Thread(target=send)
        sender.start()
        messages = []
        with httpx.stream(
            "GET", f"{base}/gradio_api/upload_progress?upload_id=slow1", timeout=30
        ) as stream:
            for line in stream.iter_lines():
                if line.startswith("data: "):
                    messages.append(json.loads(line.removeprefix("data: ")))
        sender.join()
        assert result["upload"].status_code == 200
        updates = [m for m in messages if m["msg"] == "update"]
        assert len(updates) >= 2
        assert {m["orig_name"] for m in updates} == {"big.bin"}
        assert sum(m["chunk_size"] for m in updates) == 6 * len(chunk)
        assert messages[-1] == {"msg": "done"}


def test_a_client_streaming_a_huge_file_still_reads_the_413(
    files_app: Callable[..., Any], serve: Callable[[Any], str]
) -> None:
    base = serve(files_app(max_file_size=1000))
    response = httpx.post(
        f"{base}/gradio_api/upload",
        files=[("files", ("huge.bin", b"h" * 3_000_000))],
        timeout=30,
    )
    assert response.status_code == 413
    assert response.text == "File size exceeded maximum allowed size of 1000 bytes."


def test_without_max_file_size_a_generous_default_cap_still_applies(
    files_client: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_routes, "DEFAULT_MAX_FILE_SIZE", 10)
    response = upload(files_client(), ("a.bin", b"x" * 11))
    assert response.status_code == 413
    assert response.text == "File size exceeded maximum allowed size of 10 bytes."
