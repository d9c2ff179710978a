"""gr.AnnotatedImage and gr.ImageSlider: boxes and masks out (mapped and unmapped colours), a
pair of images out and in (as PIL images), every prop set on a second instance."""

import numpy as np

import gradio as gr


def annotate(size: float) -> tuple[np.ndarray, list[tuple[object, str]]]:
    n = int(size)
    base = np.zeros((n, n + 4, 3), dtype=np.uint8)
    base[:, :, 1] = 120
    disc = np.zeros((n, n + 4))
    disc[n // 2 :, : n // 2] = 0.6
    return base, [((1, 1, n - 2, n - 3), "box"), (disc, "disc")]


def pair(size: float) -> tuple[np.ndarray, np.ndarray]:
    n = int(size)
    return np.full((n, n, 3), 40, dtype=np.uint8), np.full((n, n, 3), 220, dtype=np.uint8)


def describe_pair(images: tuple[object, object] | None) -> str:
    if images is None:
        return "none"
    return "; ".join("missing" if im is None else f"{im.mode} {im.size}" for im in images)  # type: ignore[attr-defined]


with gr.Blocks() as demo:
    size = gr.Number(12, label="Size")
    annotated = gr.AnnotatedImage(label="Found", color_map={"box": "#3366ff"})
    gr.AnnotatedImage(
        format="png",
        show_legend=False,
        height=300,
        width=200,
        color_map={"a": "#ff0000"},
        buttons=[],
        label="Quiet",
    )
    slider = gr.ImageSlider(label="Compare", format="png")
    pictures = gr.ImageSlider(
        type="pil",
        image_mode="L",
        slider_position=30,
        max_height=400,
        buttons=["download"],
        interactive=True,
        label="Pair in",
        height=250,
        width="80%",
    )
    summary = gr.Textbox(label="Summary")
    gr.Button("Annotate").click(annotate, size, annotated, api_name="annotate")
    gr.Button("Pair").click(pair, size, slider, api_name="pair")
    pictures.upload(describe_pair, pictures, summary, api_name="describe_pair")
    annotated.select(lambda: "picked", None, summary)

if __name__ == "__main__":
    demo.launch()
