"""The kitchen sink: every component and layout radiogram has, wired to real events.

Run it with `scripts/demo` (or `.venv/bin/python demo/showcase.py`) and open
http://127.0.0.1:7860.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import gradio as gr

STAR_TEMPLATE = """
<div class="stars">${Array.from({length: 5}, (_, i) =>
  `<span class="star ${i < value ? 'on' : ''}" data-i="${i}">★</span>`).join('')}</div>
"""
STAR_CSS = ".star { font-size: 28px; cursor: pointer; color: #bbb; } .star.on { color: #f5a623; }"
STAR_JS = """
element.querySelectorAll('.star').forEach((star) => {
  star.addEventListener('click', () => { props.value = Number(star.dataset.i) + 1; });
});
"""


def describe_text(text: str, count: float, level: float, flag: bool) -> str:
    return f"{text!r} x {count:g} at level {level:g}; flag is {'on' if flag else 'off'}"


def pick(choice: str | None, many: list[str], radio: str | None) -> str:
    return f"dropdown={choice}, multiselect={many}, radio={radio}"


def invert(image: Any) -> Any:
    return None if image is None else 255 - image


def echo_audio(audio: tuple[int, Any] | None) -> tuple[int, Any] | None:
    return audio


def list_files(paths: list[str] | None) -> str:
    return "\n".join(paths or []) or "(no files)"


def count_slowly(n: float, progress: gr.Progress = gr.Progress()) -> Iterator[str]:
    text = ""
    for i in progress.tqdm(range(int(n)), desc="counting"):
        time.sleep(0.2)
        text += f"{i + 1} "
        yield text


def respond(message: str, history: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    reply = f"You said **{message}**. Here is some `code` and $e^{{i\\pi}} + 1 = 0$."
    history = [*history, {"role": "user", "content": message}]
    partial = ""
    for word in reply.split(" "):
        partial = f"{partial} {word}".strip()
        time.sleep(0.03)
        yield [*history, {"role": "assistant", "content": partial}]


def tally(clicks: int) -> tuple[int, dict[str, Any]]:
    clicks += 1
    return clicks, {"clicks": clicks, "parity": "even" if clicks % 2 == 0 else "odd"}


def fail(text: str) -> str:
    if not text:
        raise gr.Error("Type something first: this error is raised on purpose.")
    gr.Info(f"Received {len(text)} characters")
    return text.upper()


with gr.Blocks(title="radiogram showcase") as demo:
    with gr.Sidebar():
        gr.Markdown("## radiogram\nEvery component and layout, wired to real events.")
    gr.Markdown("# Showcase\nA kitchen-sink app for radiogram, the fast Gradio 6 API.")
    with gr.Tabs():
        with gr.Tab("Form inputs"):
            with gr.Row():
                with gr.Column(scale=2):
                    text = gr.Textbox(label="Text", placeholder="Type here", info="Any text")
                    count = gr.Number(label="Count", value=3, precision=0)
                    level = gr.Slider(0, 10, value=5, step=0.5, label="Level")
                    flag = gr.Checkbox(label="Flag", value=True)
                with gr.Column(scale=1):
                    summary = gr.Textbox(label="Summary", lines=3, interactive=False)
                    describe = gr.Button("Describe", variant="primary")
            describe.click(describe_text, [text, count, level, flag], summary)
            gr.Examples(
                [["hello", 2, 7.5, False], ["radiogram", 10, 1, True]],
                inputs=[text, count, level, flag],
            )
            gr.ClearButton([text, summary], value="Clear text and summary")
            with gr.Group():
                choice = gr.Dropdown(["alpha", "beta", "gamma"], value="alpha", label="Dropdown")
                many = gr.Dropdown(
                    ["red", "green", "blue"], value=["red"], multiselect=True, label="Colours"
                )
                radio = gr.Radio(["small", "medium", "large"], value="medium", label="Size")
            picked = gr.Textbox(label="Picked")
            for trigger in (choice, many, radio):
                trigger.change(pick, [choice, many, radio], picked)
        with gr.Tab("Media"):
            with gr.Row():
                image_in = gr.Image(label="Image in")
                image_out = gr.Image(label="Inverted")
            image_in.change(invert, image_in, image_out)
            with gr.Row():
                audio_in = gr.Audio(label="Audio in", sources=["upload", "microphone"])
                audio_out = gr.Audio(label="Audio out")
            audio_in.change(echo_audio, audio_in, audio_out)
            with gr.Row():
                video = gr.Video(label="Video")
                files = gr.File(label="Files", file_count="multiple")
            file_list = gr.Textbox(label="Uploaded file paths")
            files.change(list_files, files, file_list)
        with gr.Tab("Chat"):
            chatbot = gr.Chatbot(label="Chatbot", height=320)
            message = gr.Textbox(label="Message", placeholder="Say something and press Enter")
            message.submit(respond, [message, chatbot], chatbot).then(lambda: "", None, message)
        with gr.Tab("Streaming and progress"):
            steps = gr.Slider(1, 20, value=8, step=1, label="Steps")
            counted = gr.Textbox(label="Counting")
            with gr.Row():
                start = gr.Button("Count", variant="primary")
                stop = gr.Button("Stop", variant="stop")
            run = start.click(count_slowly, steps, counted)
            stop.click(None, None, None, cancels=[run])
        with gr.Tab("Errors and toasts"):
            shout_in = gr.Textbox(label="Say something (empty raises gr.Error)")
            shout_out = gr.Textbox(label="Shouted")
            gr.Button("Shout").click(fail, shout_in, shout_out)
        with gr.Tab("State, JSON and timers"):
            clicks = gr.State(0)
            details = gr.JSON(label="Session details")
            gr.Button("Count my clicks").click(tally, clicks, [clicks, details])
            clock = gr.Timer(1.0, active=False)
            ticking = gr.Checkbox(label="Tick every second")
            now = gr.Textbox(label="Server time")
            clock.tick(lambda: time.strftime("%H:%M:%S"), None, now)
            ticking.change(lambda on: gr.Timer(active=on), ticking, clock)
            attach = gr.MultimodalTextbox(label="Message with attachments", file_count="multiple")
            attached = gr.JSON(label="What the server received")
            attach.submit(lambda m: m, attach, attached)
        with gr.Tab("HTML and Markdown"):
            rating = gr.HTML(
                value=3, html_template=STAR_TEMPLATE, css_template=STAR_CSS, js_on_load=STAR_JS
            )
            rating_text = gr.Textbox(label="Rating")
            rating.change(lambda v: f"{v} stars", rating, rating_text)
            with gr.Accordion("Markdown sample", open=False):
                gr.Markdown(
                    "Inline math $a^2 + b^2 = c^2$, a table, and code:\n\n"
                    "| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nprint('hi')\n```"
                )

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
