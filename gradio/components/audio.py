"""`Audio`: upload, record or play sound."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component
from gradio.data import example_file, file_data, file_data_schema, file_path_of
from gradio.events.listener import EventListener
from gradio.exceptions import Error, InvalidValueError
from gradio.media import audio as media
from gradio.media.image import is_array

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer

SAMPLE_AUDIO = "https://github.com/gradio-app/gradio/raw/main/test/test_files/audio_sample.wav"
DEFAULT_WAVEFORM = {
    "waveform_color": None,
    "waveform_progress_color": None,
    "trim_region_color": None,
    "show_recording_waveform": True,
    "skip_length": 5,
    "sample_rate": 44100,
}


class Audio(Component):
    """Sound: uploaded, recorded from the microphone, or played as output.

    Parameters:
        value: a path or URL, a `(sample_rate, samples)` tuple, or a function computing one.
        sources: where input audio comes from: `"upload"`, `"microphone"`.
        type: what the function receives: `"numpy"` (`(sample_rate, samples)`) or `"filepath"`.
        label: the label, also the API parameter name.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        show_label: whether the label is shown.
        container: whether it sits in a padded box.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        interactive: editable or display-only (default: decided by usage).
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        streaming: stream microphone chunks (input) or play chunks as they come (output).
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        format: file format of output audio made from arrays (`"wav"`).
        autoplay: play output audio as soon as it arrives.
        editable: allow trimming.
        buttons: `"download"`, `"share"` and/or custom buttons.
        waveform_options: waveform colours and recording options.
        loop: loop playback.
        recording: start recording when the page loads.
        subtitles: subtitles file or cues.
        playback_position: start position in seconds.
    """

    stream = EventListener(
        "stream",
        "A microphone chunk arrived (with `streaming=True`).",
        trigger_mode="multiple",
        show_progress="minimal",
        connection="stream",
        event_specific_args=["stream_every"],
    )
    change = EventListener("change", "The audio changed.", trigger_mode="always_last")
    clear = EventListener("clear", "The user removed the audio.")
    play = EventListener("play", "Playback started.")
    pause = EventListener("pause", "Playback paused.")
    stop = EventListener("stop", "Playback reached the end or was stopped.")
    start_recording = EventListener("start_recording", "Recording started.")
    pause_recording = EventListener("pause_recording", "Recording paused.")
    stop_recording = EventListener("stop_recording", "Recording stopped.")
    upload = EventListener("upload", "The user uploaded audio.")
    input = EventListener("input", "The user changed the audio.")

    def __init__(
        self,
        value: str | Path | tuple[int, Any] | Callable[..., Any] | None = None,
        sources: list[Literal["upload", "microphone"]]
        | Literal["upload", "microphone"]
        | None = None,
        type: Literal["numpy", "filepath"] = "numpy",
        label: str | None = None,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: Visibility = True,
        streaming: bool = False,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
        format: Literal["wav", "mp3"] | None = None,
        autoplay: bool = False,
        editable: bool = True,
        buttons: list[Literal["download", "share"] | Button] | None = None,
        waveform_options: Any = None,
        loop: bool = False,
        recording: bool = False,
        subtitles: str | Path | list[dict[str, Any]] | None = None,
        playback_position: float = 0,
    ) -> None:
        if type not in ("numpy", "filepath"):
            raise InvalidValueError("Audio", "type", f"{type!r} is not 'numpy' or 'filepath'")
        self.sources: list[str] = (
            [sources]
            if isinstance(sources, str)
            else list(sources)
            if sources is not None
            else ["microphone"]
            if streaming
            else ["upload", "microphone"]
        )
        """Where input audio comes from (only the microphone by default when streaming)."""
        if streaming and "microphone" not in self.sources:
            raise InvalidValueError(
                "Audio", "sources", "streaming is only available with the 'microphone' source"
            )
        self.type = type
        """`"numpy"` or `"filepath"`."""
        self.streaming = streaming
        self.format = format
        self.autoplay = autoplay
        self.editable = editable
        self.buttons = list(buttons) if buttons is not None else ["download", "share"]
        self.waveform_options = {**DEFAULT_WAVEFORM, **(_as_dict(waveform_options) or {})}
        self.loop = loop
        self.recording = recording
        self.subtitles = (
            None
            if subtitles is None
            else file_data(subtitles)
            if isinstance(subtitles, (str, Path))
            else subtitles
        )
        self.playback_position = playback_position
        super().__init__(
            value,
            label=label,
            every=every,
            inputs=inputs,
            show_label=show_label,
            container=container,
            scale=scale,
            min_width=min_width,
            interactive=interactive,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )

    def leading_props(self) -> dict[str, Any]:
        return {"streamable": self.streaming}

    def preprocess(self, payload: Any) -> Any:
        """A path, or `(sample_rate, samples)` with `type="numpy"`."""
        if payload is None:
            return None
        path = file_path_of(payload, "Audio")
        if self.type == "filepath":
            return path
        return media.read_audio(path)

    def postprocess(self, value: Any) -> Any:
        """FileData for a path, URL or `(sample_rate, samples)` (written as WAV)."""
        if value is None:
            return None
        if isinstance(value, (str, Path)):
            return file_data(value)
        if isinstance(value, tuple) and len(value) == 2 and is_array(value[1]):
            return file_data(media.write_wav(int(value[0]), value[1]))
        if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], list):
            import numpy as np

            return file_data(media.write_wav(int(value[0]), np.asarray(value[1])))
        raise Error(f"Audio cannot play a value of type {type(value).__name__}.")

    def api_info(self) -> dict[str, Any]:
        return file_data_schema()

    def example_payload(self) -> Any:
        return example_file(SAMPLE_AUDIO)


def _as_dict(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return dict(value)
    return {k: v for k, v in vars(value).items() if not k.startswith("_")}
