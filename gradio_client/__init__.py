"""Python client for Gradio apps by URL: radiogram servers and Gradio 6 servers alike."""

from __future__ import annotations

from gradio_client.client import Client
from gradio_client.files import FileData, file, handle_file
from gradio_client.job import Job
from gradio_client.status import Status, StatusUpdate

__version__ = "2.7.2"

__all__ = [
    "Client",
    "FileData",
    "Job",
    "Status",
    "StatusUpdate",
    "__version__",
    "file",
    "handle_file",
]
