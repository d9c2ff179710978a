"""gr.Audio and gr.Video in the browser: uploads, microphone and webcam recordings, playback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr


def describe_audio(audio: Any) -> str:
    if audio is None:
        return "None"
    rate, data = audio
    return f"numpy rate={rate} samples={data.shape[0]} dtype={data.dtype}"


def describe_recording(path: str | None) -> str:
    if path is None:
        return "None"
    file = Path(path)
    return f"recording {file.suffix} nonempty={file.stat().st_size > 0}"


def describe_video(path: str | None) -> str:
    if path is None:
        return "None"
    file = Path(path)
    return f"video {file.name} bytes={file.stat().st_size}"


def log(kind: str) -> Any:
    """A listener that appends the event name to the events box."""
    return lambda so_far: f"{so_far or ''} {kind}".strip()


with gr.Blocks() as demo:
    audio = gr.Audio(label="Audio in", sources=["upload"], elem_id="audio")
    microphone = gr.Audio(
        label="Microphone", sources=["microphone"], type="filepath", elem_id="microphone"
    )
    video = gr.Video(label="Video in", sources=["upload"], elem_id="video")
    webcam = gr.Video(label="Webcam", sources=["webcam"], elem_id="webcam")
    out = gr.Textbox(label="Received", elem_id="out")
    events = gr.Textbox(label="Events", elem_id="events")

    audio.upload(describe_audio, audio, out)
    for name in ("play", "pause", "stop"):
        getattr(audio, name)(log(name), events, events)
    microphone.stop_recording(describe_recording, microphone, out)
    for name in ("start_recording", "stop_recording"):
        getattr(microphone, name)(log(name), events, events)
    video.upload(describe_video, video, out)
    video.end(log("end"), events, events)
    webcam.change(describe_video, webcam, out)
    for name in ("start_recording", "stop_recording"):
        getattr(webcam, name)(log(name), events, events)

if __name__ == "__main__":
    demo.launch()
