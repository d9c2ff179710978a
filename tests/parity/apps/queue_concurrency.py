"""queue(default_concurrency_limit=...), per-event limits and shared concurrency ids."""

import time

import gradio as gr


def slow(x: str) -> str:
    time.sleep(0.2)
    return x + "!"


with gr.Blocks() as demo:
    x = gr.Textbox(label="x")
    y = gr.Textbox(label="y")
    gr.Button("default").click(slow, x, y)
    gr.Button("one at a time").click(slow, x, y, concurrency_limit=1, api_name="single")
    gr.Button("gpu a").click(
        slow, x, y, concurrency_limit=2, concurrency_id="gpu", api_name="gpu_a"
    )
    gr.Button("gpu b").click(slow, x, y, concurrency_id="gpu", api_name="gpu_b")
    gr.Button("unlimited").click(slow, x, y, concurrency_limit=None, api_name="free")
    gr.Button("no queue").click(slow, x, y, queue=False, api_name="direct")

demo.queue(default_concurrency_limit=3, max_size=20)

if __name__ == "__main__":
    demo.launch()
