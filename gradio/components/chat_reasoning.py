"""Reasoning spans in chat text (`Chatbot(reasoning_tags=...)`) turned into thought messages.

With `reasoning_tags=[("<think>", "</think>")]`, the assistant text
`"<think>check units</think>It is 5 m."` reaches the page as two messages: a thought
`{"metadata": {"title": "Reasoning", "status": "done"}, "content": [text "check units"]}`
and the answer `"It is 5 m."`, which keeps the original metadata and options. A span whose
closing tag has not arrived yet (a stream in progress) runs to the end of the text and is
`"pending"`. Non-text parts follow the text in one last message.
"""

from __future__ import annotations

import re
from typing import Any

REASONING_TITLE = "Reasoning"
"""The title every extracted thought gets."""


def split_reasoning(message: dict[str, Any], tags: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """One wire message as the messages it shows: thoughts and prose in their text order."""
    role, metadata, options = message["role"], message["metadata"], message["options"]
    parts: list[dict[str, Any]] = message["content"]
    out: list[dict[str, Any]] = []
    for part in parts:
        if part["type"] != "text":
            continue
        for text, status in reasoning_segments(part["text"], tags):
            text_part = [{"text": text, "type": "text"}]
            if status is None:
                out.append(_message(role, metadata, text_part, options))
            else:
                thought = {"title": REASONING_TITLE, "status": status}
                out.append(_message(role, thought, text_part, None))
    others = [part for part in parts if part["type"] != "text"]
    if others:
        out.append(_message(role, metadata, others, options))
    return out


def reasoning_segments(text: str, tags: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    """`(text, status)` pieces of `text`: status `None` for prose, else `"done"`/`"pending"`.

    Pieces are stripped and empty ones dropped: `"a <t>b</t>"` gives
    `[("a", None), ("b", "done")]`, `"<t>b"` gives `[("b", "pending")]`.
    """
    if not tags:
        return [(text.strip(), None)] if text.strip() else []
    # One alternative per pair; group 2k+1 is pair k's inner text. An unclosed span runs
    # to the end of the text.
    pattern = "|".join(f"{re.escape(start)}(.*?)(?:{re.escape(end)}|\\Z)" for start, end in tags)
    segments: list[tuple[str, str | None]] = []
    position = 0
    for match in re.finditer(pattern, text, re.DOTALL):
        _add(segments, text[position : match.start()], None)
        inner = next(group for group in match.groups() if group is not None)
        closed = any(match.group(0).endswith(end) for _, end in tags)
        _add(segments, inner, "done" if closed else "pending")
        position = match.end()
    _add(segments, text[position:], None)
    return segments


def _add(segments: list[tuple[str, str | None]], text: str, status: str | None) -> None:
    if text.strip():
        segments.append((text.strip(), status))


def _message(
    role: Any, metadata: Any, content: list[dict[str, Any]], options: Any
) -> dict[str, Any]:
    return {"role": role, "metadata": metadata, "content": content, "options": options}
