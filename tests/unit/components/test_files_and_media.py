"""File, Image, Audio and Video: FileData in, the Python value `type=` asks for, FileData out."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

import gradio as gr
from gradio.exceptions import Error


def file_data(path: Path) -> dict[str, object]:
    return {"path": str(path), "meta": {"_type": "gradio.FileData"}, "orig_name": path.name}


def test_file_gives_a_path_bytes_or_a_list(tmp_path: Path) -> None:
    doc = tmp_path / "notes.txt"
    doc.write_text("hi")

    assert gr.File().preprocess(file_data(doc)) == str(doc)
    assert gr.File(type="binary").preprocess(file_data(doc)) == b"hi"
    assert gr.File(file_count="multiple").preprocess([file_data(doc)]) == [str(doc)]


def test_a_file_path_also_answers_name_as_gradio_4_apps_read_it(tmp_path: Path) -> None:
    doc = tmp_path / "notes.txt"
    doc.write_text("hi")

    single = gr.File().preprocess(file_data(doc))
    several = gr.File(file_count="multiple").preprocess([file_data(doc)])

    assert single.name == str(doc) and Path(single.name).read_text() == "hi"
    assert several[0].name == str(doc)


def test_file_types_refuse_a_path_of_another_type_but_not_binary_reads(tmp_path: Path) -> None:
    doc = tmp_path / "notes.txt"
    doc.write_text("hi")

    assert gr.File(file_types=[".txt"]).preprocess(file_data(doc)) == str(doc)
    assert gr.File(file_types=["text"]).preprocess(file_data(doc)) == str(doc)
    with pytest.raises(Error, match=r"Invalid file type.*\['\.pdf', 'image'\]"):
        gr.File(file_types=[".pdf", "image"]).preprocess(file_data(doc))
    assert gr.File(file_types=[".pdf"], type="binary").preprocess(file_data(doc)) == b"hi"


def test_file_output_is_filedata_with_the_local_path_and_no_url(tmp_path: Path) -> None:
    doc = tmp_path / "report.pdf"
    doc.write_bytes(b"%PDF")

    out = gr.File().postprocess(str(doc))

    assert out["path"] == str(doc.resolve())
    assert out["url"] is None
    assert out["size"] == 4
    assert out["orig_name"] == "report.pdf"
    assert out["meta"] == {"_type": "gradio.FileData"}


def test_file_rejects_a_payload_without_a_path() -> None:
    with pytest.raises(Error, match="File expects a file"):
        gr.File().preprocess({"name": "x"})


def test_multiple_files_api_info_is_a_list_of_filedata() -> None:
    info = gr.File(file_count="multiple").api_info()

    assert info["type"] == "array"
    assert info["title"] == "ListFiles"


def test_image_round_trips_numpy_pil_and_filepath(tmp_path: Path) -> None:
    np = pytest.importorskip("numpy")
    pixels = np.zeros((4, 6, 3), dtype=np.uint8)
    pixels[:, :, 0] = 255

    out = gr.Image(format="png").postprocess(pixels)
    as_numpy = gr.Image().preprocess(out)
    as_pil = gr.Image(type="pil").preprocess(out)

    assert out["path"].endswith(".png")
    assert as_numpy.shape == (4, 6, 3)
    assert as_numpy[0, 0].tolist() == [255, 0, 0]
    assert as_pil.size == (6, 4)
    assert gr.Image(type="filepath").preprocess(out) == out["path"]


def test_image_converts_to_the_requested_mode(tmp_path: Path) -> None:
    np = pytest.importorskip("numpy")
    out = gr.Image(format="png").postprocess(np.full((2, 2, 3), 200, dtype=np.uint8))

    grey = gr.Image(image_mode="L").preprocess(out)

    assert grey.shape == (2, 2)


def test_image_reports_an_unreadable_file_as_an_error(tmp_path: Path) -> None:
    fake = tmp_path / "not-an-image.png"
    fake.write_text("hello")

    with pytest.raises(Error, match="could not open"):
        gr.Image().preprocess(file_data(fake))


def test_image_with_an_unknown_type_is_refused() -> None:
    with pytest.raises(ValueError, match=r"Image: invalid `type`"):
        gr.Image(type="bytes")  # type: ignore[arg-type]


def test_audio_round_trips_a_sample_rate_and_array() -> None:
    np = pytest.importorskip("numpy")
    samples = (np.sin(np.linspace(0, 20, 800)) * 10000).astype(np.int16)

    out = gr.Audio().postprocess((8000, samples))
    rate, back = gr.Audio().preprocess(out)

    assert out["path"].endswith(".wav")
    assert rate == 8000
    assert back.tolist() == samples.tolist()
    with wave.open(out["path"]) as wav:
        assert wav.getnchannels() == 1


def test_audio_filepath_type_gives_the_path() -> None:
    assert gr.Audio(type="filepath").preprocess({"path": "/tmp/x.wav"}) == "/tmp/x.wav"


def test_video_gives_the_path_and_returns_filedata(tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\x00")

    assert gr.Video().preprocess(file_data(clip)) == str(clip)
    assert gr.Video().postprocess(str(clip))["orig_name"] == "clip.mp4"
