"""Audio as numpy: reverse a clip, and make a tone."""

import numpy as np

import gradio as gr


def reverse(audio: tuple[int, np.ndarray]) -> tuple[int, np.ndarray]:
    sr, data = audio
    return sr, np.flipud(data)


def tone(freq: float) -> tuple[int, np.ndarray]:
    sr = 8000
    t = np.arange(sr // 4) / sr
    return sr, (np.sin(2 * np.pi * freq * t) * 10000).astype(np.int16)


with gr.Blocks() as demo:
    clip = gr.Audio(label="Clip")
    reversed_clip = gr.Audio(label="Reversed")
    gr.Button("Reverse").click(reverse, clip, reversed_clip)
    freq = gr.Slider(100, 1000, value=440, label="Frequency")
    made = gr.Audio(label="Tone", type="numpy")
    gr.Button("Tone").click(tone, freq, made)

if __name__ == "__main__":
    demo.launch()
