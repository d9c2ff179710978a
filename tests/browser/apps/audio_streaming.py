"""Audio streaming and editing: microphone chunks streamed to a function, an output clip
drawn as a waveform, and an uploaded clip trimmed in the page."""

from __future__ import annotations

from typing import Any

import gradio as gr

chunks: list[str] = []


def count_chunk(chunk: Any) -> str:
    rate, samples = chunk
    chunks.append(f"{rate}:{len(samples)}")
    return f"chunk {len(chunks)}: {rate} Hz, {len(samples)} samples"


def duration(clip: Any) -> str:
    if clip is None:
        return "none"
    rate, samples = clip
    return f"{len(samples) / rate:.2f} s"


def tone() -> tuple[int, Any]:
    import numpy as np

    t = np.linspace(0, 2, 16000, endpoint=False)
    return 8000, (np.sin(2 * np.pi * 220 * t) * np.linspace(0, 1, t.size) * 0.8).astype("float32")


with gr.Blocks() as demo:
    mic = gr.Audio(sources=["microphone"], streaming=True, label="mic", elem_id="mic")
    seen = gr.Textbox(label="seen", elem_id="seen")
    mic.stream(count_chunk, mic, seen, stream_every=0.3, time_limit=30)

    out = gr.Audio(label="out", elem_id="out")
    make = gr.Button("Make tone", elem_id="make")
    make.click(tone, None, out)

    clip = gr.Audio(sources=["upload"], label="clip", elem_id="clip")
    length = gr.Textbox(label="length", elem_id="length")
    clip.change(duration, clip, length)

if __name__ == "__main__":
    demo.launch()
