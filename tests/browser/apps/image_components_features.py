"""gr.AnnotatedImage, gr.ImageSlider and gr.SimpleImage: outputs, select, sliding, upload."""

import numpy as np

import gradio as gr

# Gradio 6.31 keeps SimpleImage in `gradio._simple_templates` and its page cannot draw it
# (the block stays "Loading..."), so under Gradio (for side-by-side screenshots) it is left out.
HAS_SIMPLE_IMAGE = hasattr(gr, "SimpleImage")


def gradient(height: int = 120, width: int = 200) -> np.ndarray:
    pixels = np.zeros((height, width, 3), dtype=np.uint8)
    pixels[:, :, 0] = np.linspace(0, 255, width, dtype=np.uint8)[None, :]
    pixels[:, :, 2] = np.linspace(255, 0, height, dtype=np.uint8)[:, None]
    return pixels


def annotate() -> tuple[np.ndarray, list[tuple[object, str]]]:
    base = gradient()
    circle = np.zeros(base.shape[:2])
    yy, xx = np.mgrid[: base.shape[0], : base.shape[1]]
    circle[(yy - 60) ** 2 + (xx - 140) ** 2 < 30**2] = 0.8
    return base, [((10, 10, 80, 70), "box"), (circle, "disc")]


def compare() -> tuple[np.ndarray, np.ndarray]:
    before = gradient()
    after = np.full_like(before, 230)
    after[40:80, 60:140] = (20, 160, 60)
    return before, after


def describe(path: str | None) -> str:
    if path is None:
        return "nothing"
    from PIL import Image

    with Image.open(path) as image:
        return f"got {image.size[0]}x{image.size[1]}"


with gr.Blocks() as demo:
    with gr.Row():
        annotated = gr.AnnotatedImage(
            label="Detections", color_map={"box": "#00aa00"}, elem_id="annotated"
        )
        slider = gr.ImageSlider(label="Before / after", elem_id="slider", slider_position=40)
    with gr.Row():
        gr.Button("Annotate").click(annotate, None, annotated)
        gr.Button("Compare").click(compare, None, slider)
    picked = gr.Textbox(label="Picked", elem_id="picked")

    def on_select(event: gr.SelectData) -> str:
        return f"{event.index}:{event.value}"

    annotated.select(on_select, None, picked)
    if HAS_SIMPLE_IMAGE:
        simple = gr.SimpleImage(label="Simple", elem_id="simple")
        simple_out = gr.Textbox(label="Simple result", elem_id="simple-out")
        simple.upload(describe, simple, simple_out)
        simple.clear(lambda: "cleared", None, simple_out)
    slider_in = gr.ImageSlider(
        label="Upload pair", elem_id="slider-in", type="filepath", interactive=True
    )
    pair_out = gr.Textbox(label="Pair result", elem_id="pair-out")
    slider_in.upload(
        lambda pair: f"{pair[0] is not None},{pair[1] is not None}" if pair else "none",
        slider_in,
        pair_out,
    )

if __name__ == "__main__":
    demo.launch()
