"""`Video`: upload, record or play a video."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component
from gradio.data import example_file, file_data, file_data_schema, file_path_of
from gradio.events.listener import EventListener
from gradio.exceptions import Error

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer

SAMPLE_VIDEO = "https://github.com/gradio-app/gradio/raw/main/gradio/media_assets/videos/world.mp4"


class Video(Component):
    """A video: uploaded, recorded with the webcam, or played as output.

    Parameters:
        value: a path or URL, or a function computing one.
        format: convert output videos to this format.
        sources: where input videos come from: `"upload"`, `"webcam"`.
        height: display height.
        width: display width.
        label: the label, also the API parameter name.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        show_label: whether the label is shown.
        container: whether it sits in a padded box.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        interactive: editable or display-only (default: decided by usage).
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        webcam_options: webcam settings (`mirror`, `constraints`).
        include_audio: record sound with webcam video (default: yes).
        autoplay: play output video as soon as it arrives.
        buttons: `"download"`, `"share"` and/or custom buttons.
        loop: loop playback.
        streaming: play output chunks as they come.
        watermark: an image drawn over output videos.
        subtitles: subtitles file or cues.
        playback_position: start position in seconds.
    """

    change = EventListener("change", "The video changed.", trigger_mode="always_last")
    clear = EventListener("clear", "The user removed the video.")
    start_recording = EventListener("start_recording", "Recording started.")
    stop_recording = EventListener("stop_recording", "Recording stopped.")
    stop = EventListener("stop", "Playback was stopped.")
    play = EventListener("play", "Playback started.")
    pause = EventListener("pause", "Playback paused.")
    end = EventListener("end", "Playback reached the end.")
    upload = EventListener("upload", "The user uploaded a video.")
    input = EventListener("input", "The user changed the video.")

    def __init__(
        self,
        value: str | Path | Callable[..., Any] | None = None,
        format: str | None = None,
        sources: list[Literal["upload", "webcam"]] | Literal["upload", "webcam"] | None = None,
        height: int | str | None = None,
        width: int | str | None = None,
        label: str | None = None,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
        webcam_options: Any = None,
        include_audio: bool | None = None,
        autoplay: bool = False,
        buttons: list[Literal["download", "share"] | Button] | None = None,
        loop: bool = False,
        streaming: bool = False,
        watermark: Any = None,
        subtitles: str | Path | list[dict[str, Any]] | None = None,
        playback_position: float = 0,
    ) -> None:
        self.format = format
        self.sources = (
            [sources] if isinstance(sources, str) else list(sources or ["upload", "webcam"])
        )
        self.height = height
        self.width = width
        self.webcam_options = (
            dict(webcam_options)
            if isinstance(webcam_options, dict)
            else {"mirror": True, "constraints": None}
        )
        self.include_audio = ("upload" in self.sources) if include_audio is None else include_audio
        self.autoplay = autoplay
        self.buttons = list(buttons) if buttons is not None else ["download"]
        self.loop = loop
        self.streaming = streaming
        self.watermark = (
            dict(watermark)
            if isinstance(watermark, dict)
            else {"watermark": None, "position": "bottom-right"}
        )
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

    def preprocess(self, payload: Any) -> str | None:
        """The path of the video file."""
        return None if payload is None else file_path_of(payload, "Video")

    def postprocess(self, value: Any) -> Any:
        """FileData for a path or URL."""
        if value is None:
            return None
        if isinstance(value, (str, Path)):
            return file_data(value)
        if isinstance(value, tuple) and value and isinstance(value[0], (str, Path)):
            return file_data(value[0])
        raise Error(f"Video cannot play a value of type {type(value).__name__}.")

    def api_info(self) -> dict[str, Any]:
        return file_data_schema()

    def example_payload(self) -> Any:
        return example_file(SAMPLE_VIDEO)
