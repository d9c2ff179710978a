"""Audio: streaming microphone chunks and the sources a streaming Audio allows."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

import gradio as gr
from gradio.exceptions import InvalidValueError


def chunk_like_the_page_sends(tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "audio.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(48000)
        wav.writeframes(b"\x01\x00" * 24000)
    return {
        "path": str(path),
        "orig_name": "audio.wav",
        "mime_type": "audio/wav",
        "is_stream": True,
        "meta": {"_type": "gradio.FileData"},
    }


def test_a_streamed_wav_chunk_reaches_the_function_as_rate_and_samples(tmp_path: Path) -> None:
    rate, samples = gr.Audio(streaming=True).preprocess(chunk_like_the_page_sends(tmp_path))
    assert rate == 48000
    assert samples.shape == (24000,) and samples.dtype.name == "int16"


def test_a_streamed_chunk_with_type_filepath_is_its_uploaded_path(tmp_path: Path) -> None:
    chunk = chunk_like_the_page_sends(tmp_path)
    assert gr.Audio(streaming=True, type="filepath").preprocess(chunk) == chunk["path"]


def test_streaming_audio_takes_only_the_microphone_by_default() -> None:
    assert gr.Audio(streaming=True).sources == ["microphone"]
    assert gr.Audio().sources == ["upload", "microphone"]


def test_streaming_audio_without_the_microphone_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="microphone"):
        gr.Audio(sources=["upload"], streaming=True)
