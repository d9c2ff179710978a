"""ChatInterface: the functions behind its listeners behave like a chat."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import gradio as gr


def echo(message: str, history: list[dict[str, Any]]) -> str:
    return f"{message} ({len(history)} before)"


def stream(message: str, history: list[dict[str, Any]]) -> Iterator[str]:
    yield "th"
    yield "thinking"


def fn_named(demo: gr.Blocks, api_name: str) -> Any:
    return next(fn for fn in demo.fns if fn.api_name == api_name).fn


def test_submitting_appends_the_user_message_and_the_reply() -> None:
    demo = gr.ChatInterface(echo)

    cleared, saved = fn_named(demo, "_clear_and_save_textbox")("hi")
    shown = fn_named(demo, "_append_message_to_history")(saved, [])
    _, history = fn_named(demo, "_submit_fn")(saved, [])

    assert cleared["value"] == ""
    assert shown == [{"role": "user", "content": "hi"}]
    assert history == [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": "hi (0 before)"},
    ]


def test_a_generator_streams_growing_replies() -> None:
    demo = gr.ChatInterface(stream)

    steps = list(fn_named(demo, "_submit_fn")("q", []))

    assert [step[1][-1]["content"] for step in steps] == ["th", "thinking"]
    assert demo.fns[2].is_generator


def test_the_public_endpoint_returns_the_reply_and_the_new_history() -> None:
    demo = gr.ChatInterface(echo)

    reply, history = fn_named(demo, "echo")("hello", [])

    assert reply == "hello (0 before)"
    assert len(history) == 2


def test_retry_removes_the_last_exchange_and_resends_its_message() -> None:
    demo = gr.ChatInterface(echo)
    history = [
        {"role": "user", "content": [{"text": "one", "type": "text"}]},
        {"role": "assistant", "content": [{"text": "1", "type": "text"}]},
    ]

    remaining, message = fn_named(demo, "_pop_last_user_message")(history)

    assert (remaining, message) == ([], "one")


def test_multimodal_chat_uses_a_multimodal_textbox_and_passes_files() -> None:
    seen: list[Any] = []

    def look(message: dict[str, Any], history: list[Any]) -> str:
        seen.append(message)
        return "ok"

    demo = gr.ChatInterface(look, multimodal=True)
    _, history = fn_named(demo, "_submit_fn")(
        {"text": "what is this?", "files": ["/tmp/cat.png"]}, []
    )

    assert any(c["type"] == "multimodaltextbox" for c in demo.config["components"])
    assert seen == [{"text": "what is this?", "files": ["/tmp/cat.png"]}]
    assert history[0] == {"role": "user", "content": {"path": "/tmp/cat.png"}}
    assert history[1] == {"role": "user", "content": "what is this?"}


def test_clicking_an_example_in_the_empty_chat_sends_it() -> None:
    demo = gr.ChatInterface(echo, examples=["hello"])
    clicked = fn_named(demo, "example_clicked")

    steps = list(clicked(gr.SelectData(None, {"index": 0, "value": {"text": "hello"}})))

    assert steps == [([{"role": "user", "content": "hello"}], "hello")]
    assert demo.config["components"][5]["props"]["examples"] == [{"text": "hello"}]
