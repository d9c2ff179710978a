"""gr.Gallery: captioned pictures out, uploaded pictures in (as PIL images), every prop set."""

import numpy as np

import gradio as gr


def make(n: float) -> list[tuple[np.ndarray, str]]:
    pictures = []
    for i in range(int(n)):
        pixels = np.zeros((6, 8, 3), dtype=np.uint8)
        pixels[:, :, i % 3] = 200
        pictures.append((pixels, f"picture {i}"))
    return pictures


def describe_pictures(items: list) -> str:
    if not items:
        return "no pictures"
    return "; ".join(f"{image.mode} {image.size} {caption}" for image, caption in items)


def first_suffix(items: list) -> str:
    return "none" if not items else items[0][0].rsplit(".", 1)[-1]


with gr.Blocks() as demo:
    count = gr.Number(2, label="How many")
    out = gr.Gallery(
        label="Generated",
        columns=3,
        rows=1,
        height=300,
        object_fit="contain",
        allow_preview=False,
        buttons=["download"],
        format="png",
    )
    count.submit(make, count, out)
    pictures = gr.Gallery(type="pil", interactive=True, file_types=["image"], label="Input")
    summary = gr.Textbox(label="Summary")
    pictures.upload(describe_pictures, pictures, summary)
    paths = gr.Gallery(
        preview=True,
        selected_index=0,
        fit_columns=False,
        sources=["upload", "clipboard"],
        label="Paths",
    )
    gr.Button("Path").click(first_suffix, paths, summary)
    out.select(lambda: "selected", None, summary)
    out.preview_open(None, None, None)
    out.preview_close(None, None, None)
    pictures.delete(None, None, None)

if __name__ == "__main__":
    demo.launch()
