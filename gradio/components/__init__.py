"""Components: one class per file; this module re-exports them."""

from __future__ import annotations

from gradio.components.annotated_image import AnnotatedImage
from gradio.components.audio import Audio
from gradio.components.bar_plot import BarPlot
from gradio.components.base import Component, FormComponent
from gradio.components.browser_state import BrowserState
from gradio.components.button import Button
from gradio.components.chat_message import ChatMessage, MessageDict, MetadataDict, OptionDict
from gradio.components.chatbot import Chatbot
from gradio.components.checkbox import Checkbox
from gradio.components.clear_button import ClearButton
from gradio.components.code import Code
from gradio.components.dataframe import Dataframe
from gradio.components.datetime import DateTime
from gradio.components.download_button import DownloadButton
from gradio.components.dropdown import Dropdown
from gradio.components.file import File
from gradio.components.gallery import Gallery
from gradio.components.highlighted_text import HighlightedText
from gradio.components.image import Image
from gradio.components.image_slider import ImageSlider
from gradio.components.json_component import JSON
from gradio.components.label import Label
from gradio.components.line_plot import LinePlot
from gradio.components.markdown import Markdown
from gradio.components.number import Number
from gradio.components.plot import Plot
from gradio.components.radio import Radio
from gradio.components.scatter_plot import ScatterPlot
from gradio.components.simple_image import SimpleImage
from gradio.components.slider import Slider
from gradio.components.state import State
from gradio.components.textbox import Textbox
from gradio.components.timer import Timer
from gradio.components.upload_button import UploadButton
from gradio.components.video import Video

__all__ = [
    "JSON",
    "AnnotatedImage",
    "Audio",
    "BarPlot",
    "BrowserState",
    "Button",
    "ChatMessage",
    "Chatbot",
    "Checkbox",
    "ClearButton",
    "Code",
    "Component",
    "Dataframe",
    "DateTime",
    "DownloadButton",
    "Dropdown",
    "File",
    "FormComponent",
    "Gallery",
    "HighlightedText",
    "Image",
    "ImageSlider",
    "Label",
    "LinePlot",
    "Markdown",
    "MessageDict",
    "MetadataDict",
    "Number",
    "OptionDict",
    "Plot",
    "Radio",
    "ScatterPlot",
    "SimpleImage",
    "Slider",
    "State",
    "Textbox",
    "Timer",
    "UploadButton",
    "Video",
]
