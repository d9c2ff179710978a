"""gr.Chatbot's reasoning tags, option buttons, resize handle, copy watermark, allow_tags and panels."""

from __future__ import annotations

import json

import gradio as gr


def picked(event: gr.SelectData) -> str:
    """The event's class and its data exactly as the browser sent it."""
    return f"{type(event).__name__} {json.dumps(event._data, sort_keys=True)}"


with gr.Blocks() as demo:
    reasoning = gr.Chatbot(
        [
            {"role": "user", "content": "How far?"},
            {"role": "assistant", "content": "<think>Speed times time.</think>It is 5 m."},
        ],
        reasoning_tags=[("<think>", "</think>")],
        elem_id="reasoning",
    )
    options = gr.Chatbot(
        [
            {"role": "user", "content": "Pick a colour"},
            {
                "role": "assistant",
                "content": "Which one?",
                "options": [{"value": "red", "label": "Red!"}, {"value": "blue"}],
            },
        ],
        elem_id="options",
    )
    resizable = gr.Chatbot(
        [{"role": "user", "content": "Stretch me"}],
        height=300,
        min_height=200,
        max_height=500,
        resizable=True,
        elem_id="resizable",
    )
    watermarked = gr.Chatbot(
        [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}],
        watermark="-- via radiogram",
        buttons=["copy", "copy_all"],
        elem_id="watermarked",
    )
    tagged = [{"role": "user", "content": "Hi <thinking>x</thinking> <tool>t</tool> <b>bold</b>"}]
    gr.Chatbot(tagged, elem_id="all-tags")
    gr.Chatbot(tagged, allow_tags=["thinking"], elem_id="some-tags")
    gr.Chatbot(
        [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}],
        layout="panel",
        elem_id="panel",
    )
    events = gr.Textbox(label="Events", elem_id="events")
    options.option_select(picked, None, events)

if __name__ == "__main__":
    demo.launch()
