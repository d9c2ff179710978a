"""radiogram: the Gradio 6 API. This module only imports and lists the public names."""

from __future__ import annotations

from typing import Any

from gradio import themes
from gradio.blocks.blocks import Blocks
from gradio.blocks.render import render
from gradio.chat_interface import ChatInterface
from gradio.components.annotated_image import AnnotatedImage
from gradio.components.audio import Audio
from gradio.components.bar_plot import BarPlot
from gradio.components.base import Component
from gradio.components.browser_state import BrowserState
from gradio.components.button import Button
from gradio.components.chat_message import ChatMessage, MessageDict, MetadataDict, OptionDict
from gradio.components.chatbot import Chatbot
from gradio.components.checkbox import Checkbox
from gradio.components.checkbox_group import CheckboxGroup
from gradio.components.clear_button import ClearButton
from gradio.components.code import Code
from gradio.components.color_picker import ColorPicker
from gradio.components.dataframe import Dataframe
from gradio.components.dataset import Dataset
from gradio.components.datetime import DateTime
from gradio.components.download_button import DownloadButton
from gradio.components.dropdown import Dropdown
from gradio.components.examples import Examples
from gradio.components.file import File
from gradio.components.gallery import Gallery
from gradio.components.highlighted_text import HighlightedText
from gradio.components.html import HTML
from gradio.components.image import Image
from gradio.components.image_slider import ImageSlider
from gradio.components.json_component import JSON
from gradio.components.label import Label
from gradio.components.line_plot import LinePlot
from gradio.components.markdown import Markdown
from gradio.components.multimodal_textbox import MultimodalTextbox
from gradio.components.number import Number
from gradio.components.plot import Plot
from gradio.components.radio import Radio
from gradio.components.scatter_plot import ScatterPlot
from gradio.components.simple_image import SimpleImage
from gradio.components.slider import Slider
from gradio.components.state import State
from gradio.components.textbox import Textbox
from gradio.components.timer import Timer
from gradio.components.update import skip, update
from gradio.components.upload_button import UploadButton
from gradio.components.video import Video
from gradio.events.dependency import Dependency
from gradio.events.event_data import (
    CopyData,
    DeletedFileData,
    DownloadData,
    EditData,
    EventData,
    KeyUpData,
    LikeData,
    RetryData,
    SelectData,
    UndoData,
)
from gradio.events.log import Info, Warning
from gradio.events.on import on
from gradio.events.progress import Progress
from gradio.events.request import Request
from gradio.exceptions import Error
from gradio.files.static_paths import set_static_paths
from gradio.interface import Interface
from gradio.layouts.accordion import Accordion
from gradio.layouts.column import Column
from gradio.layouts.group import Group
from gradio.layouts.row import Row
from gradio.layouts.sidebar import Sidebar
from gradio.layouts.tab import Tab, TabItem
from gradio.layouts.tabs import Tabs
from gradio.tabbed_interface import TabbedInterface

__version__ = "6.31.0"


def __getattr__(name: str) -> Any:
    # Mounting needs Starlette; importing it eagerly would put the web stack on the path of
    # every `import gradio` (measured: the only non-stdlib import it would add).
    if name == "mount_gradio_app":
        from gradio.server.mount import mount_gradio_app

        return mount_gradio_app
    raise AttributeError(f"module 'gradio' has no attribute {name!r}")


__all__ = [  # noqa: RUF022 - plain sorted(), as tests/unit/test_public_api.py checks
    "Accordion",
    "AnnotatedImage",
    "Audio",
    "BarPlot",
    "Blocks",
    "BrowserState",
    "Button",
    "ChatInterface",
    "ChatMessage",
    "Chatbot",
    "Checkbox",
    "CheckboxGroup",
    "ClearButton",
    "Code",
    "ColorPicker",
    "Column",
    "Component",
    "CopyData",
    "Dataframe",
    "Dataset",
    "DateTime",
    "DeletedFileData",
    "Dependency",
    "DownloadButton",
    "DownloadData",
    "Dropdown",
    "EditData",
    "Error",
    "EventData",
    "Examples",
    "File",
    "Gallery",
    "Group",
    "HTML",
    "HighlightedText",
    "Image",
    "ImageSlider",
    "Info",
    "Interface",
    "JSON",
    "KeyUpData",
    "Label",
    "LikeData",
    "LinePlot",
    "Markdown",
    "MessageDict",
    "MetadataDict",
    "MultimodalTextbox",
    "Number",
    "OptionDict",
    "Plot",
    "Progress",
    "Radio",
    "Request",
    "RetryData",
    "Row",
    "ScatterPlot",
    "SelectData",
    "Sidebar",
    "SimpleImage",
    "Slider",
    "State",
    "Tab",
    "TabItem",
    "TabbedInterface",
    "Tabs",
    "Textbox",
    "Timer",
    "UndoData",
    "UploadButton",
    "Video",
    "Warning",
    "mount_gradio_app",
    "on",
    "render",
    "set_static_paths",
    "skip",
    "themes",
    "update",
]
