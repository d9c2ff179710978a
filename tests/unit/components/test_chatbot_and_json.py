"""Chatbot messages in their wire shape; JSON values; State copies."""

from __future__ import annotations

import pytest

import gradio as gr
from gradio.exceptions import Error


def test_chatbot_sends_content_as_a_list_of_typed_parts() -> None:
    wire = gr.Chatbot().postprocess(
        [
            {"role": "user", "content": "hi"},
            gr.ChatMessage("thinking...", metadata={"title": "Tool"}),
        ]
    )

    assert wire == [
        {
            "role": "user",
            "metadata": None,
            "content": [{"text": "hi", "type": "text"}],
            "options": None,
        },
        {
            "role": "assistant",
            "metadata": {"title": "Tool"},
            "content": [{"text": "thinking...", "type": "text"}],
            "options": [],
        },
    ]


def test_chatbot_sends_files_as_file_parts(tmp_path: object) -> None:
    wire = gr.Chatbot().postprocess(
        [{"role": "assistant", "content": {"path": "https://x.test/cat.png"}}]
    )

    part = wire[0]["content"][0]
    assert part["type"] == "file"
    assert part["file"]["url"] == "https://x.test/cat.png"


def test_chatbot_preprocess_keeps_the_wire_shape() -> None:
    message = {
        "role": "user",
        "metadata": None,
        "content": [{"text": "a", "type": "text"}],
        "options": None,
    }

    assert gr.Chatbot().preprocess([message]) == [message]


def test_chatbot_refuses_tuples_format_messages() -> None:
    with pytest.raises(Error, match="role"):
        gr.Chatbot().postprocess([("hi", "hello")])


def test_chatbot_example_is_a_two_message_conversation() -> None:
    example = gr.Chatbot().example_payload()

    assert [m["role"] for m in example] == ["user", "assistant"]


def test_like_retry_and_undo_listeners_mark_the_chatbot() -> None:
    with gr.Blocks():
        chat = gr.Chatbot()
        chat.like(lambda: None)
        chat.retry(lambda: None)

    props = chat.get_config()
    assert props["likeable"] is True
    assert props["_retryable"] is True
    assert props["_undoable"] is False


def test_json_parses_json_strings_and_converts_sets() -> None:
    assert gr.JSON().postprocess('{"a": 1}') == {"a": 1}
    assert gr.JSON().postprocess({"s": (1, 2)}) == {"s": [1, 2]}


def test_json_refuses_values_it_cannot_serialise() -> None:
    with pytest.raises(Error, match="JSON cannot show"):
        gr.JSON().postprocess({"f": object()})


def test_state_gives_each_session_its_own_copy() -> None:
    state = gr.State([1, 2])

    first = state.initial_value()
    first.append(3)

    assert state.initial_value() == [1, 2]


def test_chatbot_allow_tags_reaches_the_page_with_an_empty_list_as_false() -> None:
    assert gr.Chatbot().get_config()["allow_tags"] is True
    assert gr.Chatbot(allow_tags=["thinking"]).get_config()["allow_tags"] == ["thinking"]
    assert gr.Chatbot(allow_tags=[]).get_config()["allow_tags"] is False
