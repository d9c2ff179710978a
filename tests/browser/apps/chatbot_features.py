"""gr.Chatbot in the browser: Markdown/code/LaTeX, an image message, actions and streaming."""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

MEDIA = Path(tempfile.mkdtemp(prefix="chatbot-features-"))
BLUE = MEDIA / "blue.png"
# An 8x8 blue PNG, written without PIL so the app imports nothing heavy.
BLUE.write_bytes(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000080000000808020000004b6d29dc"
        "0000001449444154789c636460f8cf800d3061151db41200cb43010f56248cba"
        "0000000049454e44ae426082"
    )
)
DOT = MEDIA / "dot.svg"
DOT.write_text(
    '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8">'
    '<rect width="8" height="8" fill="#00f"/><script>window.svgRan = true</script></svg>'
)

HISTORY: list[dict[str, Any]] = [
    {"role": "user", "content": "Show me **bold** and <img src=x onerror=window.pwned=1>"},
    {
        "role": "assistant",
        "content": "Here is `code`:\n\n```python\nprint(1)\n```\n\n$$x^2$$",
    },
    {"role": "assistant", "content": "second part"},
    {
        "role": "assistant",
        "content": "Looked it up",
        "metadata": {"title": "Used a tool", "status": "done", "duration": 1.5},
    },
]


def payload(event: gr.EventData) -> str:
    """The event's class and its data exactly as the browser sent it."""
    return f"{type(event).__name__} {json.dumps(event._data, sort_keys=True)}"


def liked(event: gr.LikeData) -> str:
    return payload(event)


def retried(event: gr.RetryData) -> str:
    return payload(event)


def undone(event: gr.UndoData) -> str:
    return payload(event)


def edited(event: gr.EditData) -> str:
    return payload(event)


def copied(event: gr.CopyData) -> str:
    return payload(event)


def selected(event: gr.SelectData) -> str:
    return payload(event)


def stream_reply(message: str, history: list[dict[str, Any]]) -> Iterator[Any]:
    history = [*history, {"role": "user", "content": message}]
    yield "", history
    reply = ""
    for word in ["The", " quick", " brown", " fox", " jumps."]:
        reply += word
        time.sleep(0.3)
        yield "", [*history, {"role": "assistant", "content": reply}]


with gr.Blocks() as demo:
    chat = gr.Chatbot(
        HISTORY,
        editable="all",
        feedback_options=["Like", "Dislike", "Wrong"],
        buttons=["copy", "copy_all"],
        elem_id="chat",
    )
    pictures = gr.Chatbot(
        [
            {"role": "user", "content": "a picture please"},
            {"role": "assistant", "content": {"path": str(BLUE)}},
            {"role": "assistant", "content": {"path": str(DOT)}},
        ],
        elem_id="pictures",
    )
    empty = gr.Chatbot(
        placeholder="**Ask me anything**",
        examples=[{"text": "Tell a joke"}, {"text": "Explain", "display_text": "Explain it"}],
        elem_id="empty",
    )
    streaming = gr.Chatbot(elem_id="streaming")
    prompt = gr.Textbox(label="Prompt", elem_id="prompt")
    events = gr.Textbox(label="Events", elem_id="events")

    chat.like(liked, None, events)
    chat.retry(retried, None, events)
    chat.undo(undone, None, events)
    chat.edit(edited, None, events)
    chat.copy(copied, None, events)
    chat.select(selected, None, events)
    empty.example_select(selected, None, events)
    prompt.submit(stream_reply, [prompt, streaming], [prompt, streaming])

if __name__ == "__main__":
    demo.launch(allowed_paths=[str(MEDIA)])
