"""`gr.DeletedFileData`: the removed file arrives as a `FileData` object, as in Gradio."""

from __future__ import annotations

import gradio as gr
from gradio.data_classes import FileData


def test_the_deleted_file_is_a_file_data_object_with_path_and_name() -> None:
    payload = {
        "path": "/tmp/gradio/abc/note.txt",
        "url": "http://127.0.0.1/gradio_api/file=/tmp/gradio/abc/note.txt",
        "size": 5,
        "orig_name": "note.txt",
        "mime_type": "text/plain",
        "is_stream": False,
        "meta": {"_type": "gradio.FileData"},
    }

    event = gr.DeletedFileData(None, payload)

    assert isinstance(event.file, FileData)
    assert event.file.path == "/tmp/gradio/abc/note.txt"
    assert event.file.orig_name == "note.txt"
    assert event.file.model_dump() == payload
    assert event._data == payload


def test_a_sparse_payload_fills_gradio_s_defaults() -> None:
    event = gr.DeletedFileData(None, {"path": "a.txt", "extra": 1})

    assert event.file.model_dump() == {
        "path": "a.txt",
        "url": None,
        "size": None,
        "orig_name": None,
        "mime_type": None,
        "is_stream": False,
        "meta": {"_type": "gradio.FileData"},
    }
