"""`Chatbot(reasoning_tags=...)`: reasoning spans become "Reasoning" thoughts (as Gradio 6.31)."""

from __future__ import annotations

from typing import Any

import gradio as gr
from gradio.components.chat_reasoning import reasoning_segments

THINK = [("<think>", "</think>")]


def text(role: str, value: str, metadata: Any = None, options: Any = None) -> dict[str, Any]:
    return {
        "role": role,
        "metadata": metadata,
        "content": [{"text": value, "type": "text"}],
        "options": options,
    }


def thought(value: str, status: str = "done", role: str = "assistant") -> dict[str, Any]:
    return text(role, value, {"title": "Reasoning", "status": status})


def test_a_closed_span_becomes_a_done_thought_before_the_answer() -> None:
    wire = gr.Chatbot(reasoning_tags=THINK).postprocess(
        [{"role": "assistant", "content": "<think> check units </think> It is 5 m."}]
    )

    assert wire == [thought("check units"), text("assistant", "It is 5 m.")]


def test_an_unclosed_span_is_pending_and_prose_keeps_its_order() -> None:
    wire = gr.Chatbot(reasoning_tags=THINK).postprocess(
        [{"role": "assistant", "content": "pre <think>a</think> mid <think>still going"}]
    )

    assert wire == [
        text("assistant", "pre"),
        thought("a"),
        text("assistant", "mid"),
        thought("still going", "pending"),
    ]


def test_metadata_and_options_stay_on_the_prose_and_files_come_last() -> None:
    wire = gr.Chatbot(reasoning_tags=THINK).postprocess(
        [
            {
                "role": "assistant",
                "content": ["<think>a</think>b", {"path": "https://x.test/cat.png"}],
                "metadata": {"title": "T"},
                "options": [{"value": "1"}],
            }
        ]
    )

    assert wire[:2] == [thought("a"), text("assistant", "b", {"title": "T"}, [{"value": "1"}])]
    assert wire[2]["content"][0]["type"] == "file"
    assert (wire[2]["metadata"], wire[2]["options"]) == ({"title": "T"}, [{"value": "1"}])


def test_user_messages_are_split_too_and_empty_spans_vanish() -> None:
    chatbot = gr.Chatbot(reasoning_tags=THINK)

    assert chatbot.postprocess([{"role": "user", "content": "<think>x</think>"}]) == [
        thought("x", role="user")
    ]
    assert chatbot.postprocess([{"role": "assistant", "content": "<think></think>"}]) == []
    assert chatbot.postprocess([{"role": "assistant", "content": ""}]) == []


def test_without_reasoning_tags_the_text_is_left_alone() -> None:
    wire = gr.Chatbot().postprocess([{"role": "assistant", "content": "<think>a</think>b"}])

    assert wire == [text("assistant", "<think>a</think>b")]


def test_any_of_several_tag_pairs_opens_a_span() -> None:
    tags = [("<think>", "</think>"), ("[r]", "[/r]")]

    assert reasoning_segments("[r]x[/r] y <think>z", tags) == [
        ("x", "done"),
        ("y", None),
        ("z", "pending"),
    ]
