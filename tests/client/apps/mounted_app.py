"""A greeting app mounted under the root path `/sub` of a host application."""

from __future__ import annotations

import os

import uvicorn
from fastapi import FastAPI

import gradio as gr


def greet(name: str) -> str:
    return f"Hello {name}!"


demo = gr.Interface(greet, "text", "text", api_name="greet")
app = gr.mount_gradio_app(FastAPI(), demo, path="/sub")

if __name__ == "__main__":
    uvicorn.run(
        app,
        host=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"),
        port=int(os.environ["GRADIO_SERVER_PORT"]),
        log_level="warning",
    )
