"""Bench app: an async generator streaming tokens at a fixed rate to many users at once.

BENCH_TOKENS tokens (default 500) at BENCH_RATE tokens/s (default 100): ideally 5 s per call.
Concurrency is unlimited so that the server, not the queue policy, is what is measured.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator

import gradio as gr

TOKENS = int(os.environ.get("BENCH_TOKENS", "500"))
RATE = float(os.environ.get("BENCH_RATE", "100"))


async def stream(prompt: str) -> AsyncIterator[str]:
    text = ""
    for i in range(TOKENS):
        await asyncio.sleep(1 / RATE)
        text += f"t{i} "
        yield text


demo = gr.Interface(
    fn=stream, inputs=gr.Textbox(label="prompt"), outputs=gr.Textbox(label="stream")
)
demo.queue(default_concurrency_limit=None)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
