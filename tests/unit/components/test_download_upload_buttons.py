"""DownloadButton and UploadButton: files in and out, as Gradio 6.31 passes them."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import httpx
import pytest

import gradio as gr
from gradio.components.upload_button import matches_file_types
from gradio.data import file_data_schema, list_of_file_data_schema
from gradio.exceptions import Error

META = {"_type": "gradio.FileData"}
SAMPLE = "https://github.com/gradio-app/gradio/raw/main/test/test_files/sample_file.pdf"


@pytest.fixture
def note(tmp_path: Path) -> Path:
    path = tmp_path / "note.txt"
    path.write_text("twelve bytes")
    return path


def sent(path: Path | str) -> dict[str, Any]:
    """A FileData as a client sends it."""
    return {"path": str(path), "meta": META}


# --- DownloadButton -------------------------------------------------------------------


def test_download_button_defaults_match_gradio() -> None:
    button = gr.DownloadButton()

    assert button.get_config() == {
        "label": "Download",
        "variant": "secondary",
        "visible": True,
        "size": "lg",
        "interactive": True,
        "elem_classes": [],
        "preserved_by_key": ["value"],
        "name": "downloadbutton",
        "_selectable": False,
    }
    assert button.value is None
    assert button.get_block_name() == "downloadbutton"
    assert not button.skip_api
    assert list(button.EVENTS) == ["change", "click"]


def test_download_button_value_is_filedata_with_only_path_and_name(note: Path) -> None:
    button = gr.DownloadButton("Get", value=note)

    assert button.value == {
        "path": str(note),
        "url": None,
        "size": None,
        "orig_name": "note.txt",
        "mime_type": None,
        "is_stream": False,
        "meta": META,
    }
    assert button.postprocess(None) is None


def test_download_button_as_input_passes_the_file_path(note: Path) -> None:
    assert gr.DownloadButton().preprocess(sent(note)) == str(note)
    assert gr.DownloadButton().preprocess(None) is None


def test_download_button_refuses_a_value_that_is_not_a_path() -> None:
    with pytest.raises(ValueError, match="DownloadButton expects a file path"):
        gr.DownloadButton().postprocess(42)


def test_download_button_refuses_a_payload_without_a_path() -> None:
    with pytest.raises(Error, match="DownloadButton expects a file"):
        gr.DownloadButton().preprocess({"name": "x"})


def test_download_button_api_info_and_examples() -> None:
    button = gr.DownloadButton()

    assert button.api_info() == file_data_schema()
    assert button.example_payload() == {
        "path": SAMPLE,
        "meta": META,
        "orig_name": "sample_file.pdf",
        "url": SAMPLE,
    }
    assert button.example_value() == SAMPLE
    assert button.python_type == "filepath"


# --- UploadButton ---------------------------------------------------------------------


def test_upload_button_defaults_match_gradio() -> None:
    button = gr.UploadButton()

    assert button.get_config() == {
        "label": "Upload a File",
        "variant": "secondary",
        "visible": True,
        "size": "lg",
        "interactive": True,
        "elem_classes": [],
        "preserved_by_key": ["value"],
        "type": "filepath",
        "file_count": "single",
        "name": "uploadbutton",
        "_selectable": False,
    }
    assert list(button.EVENTS) == ["change", "click", "upload"]
    assert not button.skip_api


def test_single_filepath_upload_passes_a_path_that_also_has_a_name(note: Path) -> None:
    path = gr.UploadButton().preprocess(sent(note))

    assert path == str(note)
    assert path.name == str(note)  # the `file.name` idiom of Gradio's examples


def test_single_upload_given_a_list_takes_the_first_file(note: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("x")

    assert gr.UploadButton().preprocess([sent(note), sent(other)]) == str(note)


def test_binary_upload_passes_the_bytes(note: Path) -> None:
    assert gr.UploadButton(type="binary").preprocess(sent(note)) == b"twelve bytes"


@pytest.mark.parametrize("file_count", ["multiple", "directory"])
def test_multiple_and_directory_uploads_pass_lists(file_count: str, note: Path) -> None:
    button = gr.UploadButton(file_count=file_count)  # type: ignore[arg-type]

    assert button.preprocess([sent(note), sent(note)]) == [str(note), str(note)]
    with pytest.raises(Error, match="expects a list of files"):
        button.preprocess(sent(note))  # refused by Gradio too (ListFiles validation)
    assert gr.UploadButton(file_count=file_count, type="binary").preprocess(  # type: ignore[arg-type]
        [sent(note)]
    ) == [b"twelve bytes"]


def test_a_file_of_another_type_is_refused_with_gradio_s_message(tmp_path: Path) -> None:
    image = tmp_path / "photo.png"
    image.write_bytes(b"png")
    button = gr.UploadButton(file_types=[".txt", "audio"])

    with pytest.raises(Error, match=r"Please upload a file that is one of these formats: \["):
        button.preprocess(sent(image))
    assert gr.UploadButton(file_types=["image"]).preprocess(sent(image)) == str(image)


def test_file_types_match_extensions_kinds_and_file() -> None:
    assert matches_file_types("/x/Photo.PNG", [".png"])
    assert matches_file_types("/x/photo.png", ["image"])
    assert matches_file_types("/x/any.bin", ["file"])
    assert not matches_file_types("/x/.png", [".png"])
    assert not matches_file_types("/x/notes.txt", ["image", ".pdf"])


def test_upload_button_output_is_filedata_with_size(note: Path) -> None:
    button = gr.UploadButton()

    assert button.postprocess(str(note)) == {
        "path": str(note),
        "url": None,
        "size": 12,
        "orig_name": "note.txt",
        "mime_type": None,
        "is_stream": False,
        "meta": META,
    }
    listed = button.postprocess([note])
    assert isinstance(listed, list) and listed[0]["size"] == 12


def test_upload_button_refuses_missing_files_and_non_paths(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not a file"):
        gr.UploadButton().postprocess(str(tmp_path / "missing.txt"))
    with pytest.raises(ValueError, match="expects file paths"):
        gr.UploadButton().postprocess(3.5)
    with pytest.raises(Error, match="UploadButton expects a file"):
        gr.UploadButton().preprocess({"size": 3})


def test_bad_constructor_arguments_are_refused_naming_the_argument() -> None:
    with pytest.raises(ValueError, match="type"):
        gr.UploadButton(type="file")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="file_count"):
        gr.UploadButton(file_count="many")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="file_types"):
        gr.UploadButton(file_types=".txt")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="variant"):
        gr.DownloadButton(variant="loud")  # type: ignore[arg-type]


def test_file_types_with_a_directory_upload_warn_that_they_are_ignored() -> None:
    with pytest.warns(UserWarning, match="ignores `file_types`"):
        gr.UploadButton(file_count="directory", file_types=[".txt"])


def test_upload_button_api_info_is_the_bare_file_models() -> None:
    single = gr.UploadButton().api_info()
    several = gr.UploadButton(file_count="multiple").api_info()

    assert "additional_description" not in single
    assert single["title"] == "FileData" and single["description"].startswith("The FileData")
    expected = list_of_file_data_schema()
    del expected["additional_description"]
    assert several == expected
    assert gr.UploadButton().python_type == "filepath"
    assert gr.UploadButton(file_count="multiple").python_type == "list[filepath]"


def test_upload_button_examples_follow_file_count() -> None:
    assert gr.UploadButton().example_value() == SAMPLE
    assert gr.UploadButton(file_count="multiple").example_value() == [SAMPLE]
    assert gr.UploadButton(file_count="multiple").example_payload()[0]["url"] == SAMPLE


# --- Signatures -----------------------------------------------------------------------

SHARED_TAIL = [
    "every",
    "inputs",
    "variant",
    "visible",
    "size",
    "icon",
    "scale",
    "min_width",
    "interactive",
    "elem_id",
    "elem_classes",
    "render",
    "key",
    "preserved_by_key",
]


@pytest.mark.parametrize(
    ("cls", "names", "label"),
    [
        (gr.DownloadButton, ["label", "value", *SHARED_TAIL], "Download"),
        (
            gr.UploadButton,
            ["label", "value", *SHARED_TAIL, "type", "file_count", "file_types"],
            "Upload a File",
        ),
    ],
)
def test_signatures_match_gradio(cls: type, names: list[str], label: str) -> None:
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]  # type: ignore[misc]

    assert [p.name for p in params] == names
    assert params[0].default == label
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params[2:])
    defaults = {p.name: p.default for p in params}
    assert defaults["min_width"] is None and defaults["variant"] == "secondary"


# --- Through the server ---------------------------------------------------------------


def reader_app() -> gr.Blocks:
    with gr.Blocks() as demo:
        upload = gr.UploadButton()
        download = gr.DownloadButton()
        out = gr.Textbox()
        upload.upload(lambda p: Path(p).read_text(), upload, out, api_name="read_upload")
        download.click(lambda p: Path(p).read_text(), download, out, api_name="read_download")
    return demo


@pytest.mark.anyio
@pytest.mark.parametrize("api_name", ["read_upload", "read_download"])
async def test_a_client_naming_a_server_path_it_did_not_get_is_refused(
    api_name: str, asgi_client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    client: httpx.AsyncClient = asgi_client(reader_app())

    response = await client.post(f"/gradio_api/run/{api_name}", json={"data": [sent(secret)]})

    assert response.status_code >= 400
    assert "top secret" not in response.text


@pytest.mark.anyio
async def test_an_uploaded_file_reaches_the_function(
    asgi_client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))
    client: httpx.AsyncClient = asgi_client(reader_app())
    uploaded = await client.post(
        "/gradio_api/upload", files={"files": ("hello.txt", b"hello there")}
    )
    path = uploaded.json()[0]

    response = await client.post("/gradio_api/run/read_upload", json={"data": [sent(path)]})

    assert response.json()["data"] == ["hello there"]


@pytest.mark.anyio
async def test_a_download_button_made_with_a_file_serves_that_file(
    asgi_client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    Path("report.txt").write_text("ready")
    with gr.Blocks() as demo:
        gr.DownloadButton(value="report.txt")
    client: httpx.AsyncClient = asgi_client(demo)

    value = (await client.get("/config")).json()["components"][0]["props"]["value"]

    assert value["url"] is not None
    assert (await client.get(value["url"])).text == "ready"
