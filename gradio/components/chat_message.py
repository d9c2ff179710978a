"""Chat messages: `gr.ChatMessage`, the message dict types, and their wire shape.

On the wire a message is
`{"role": "user", "metadata": null, "content": [{"text": "hi", "type": "text"}], "options": null}`:
`content` is always a list of parts: text `{"text", "type": "text"}`, files
`{"file": FileData, "alt_text", "type": "file"}` or components
`{"component", "value", "constructor_args", "props", "type": "component"}`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypedDict

from gradio.data import file_data, file_data_definition, file_data_meta_schema, is_file_data
from gradio.exceptions import Error
from gradio.files.input_guard import client_files_in


class MetadataDict(TypedDict, total=False):
    """Metadata that shows a message as a collapsible "thought" or tool call."""

    title: str
    """Heading of the thought (required for it to show as one)."""
    id: int | str
    """Id of this thought, for nesting."""
    parent_id: int | str
    """Id of the thought this one is nested in."""
    log: str
    """Subdued text next to the title."""
    duration: float
    """Seconds the step took, shown next to the title."""
    status: Literal["pending", "done"]
    """`"pending"` shows a spinner and keeps it open; `"done"` closes it."""


class OptionDict(TypedDict, total=False):
    """A clickable option under a message."""

    value: str
    """Sent back when the option is clicked."""
    label: str
    """Shown instead of the value."""


class MessageDict(TypedDict, total=False):
    """A message as a dict."""

    role: Literal["user", "assistant", "system"]
    """Who sent it."""
    content: Any
    """Text, a file (`{"path": ...}`), a component, or a list of those."""
    metadata: MetadataDict
    """Thought/tool metadata."""
    options: list[OptionDict]
    """Clickable options."""


@dataclass
class ChatMessage:
    """A chat message.

    Parameters:
        content: text, a file (`{"path": ...}`), a component, or a list of those.
        role: `"user"`, `"assistant"` or `"system"`.
        metadata: thought/tool metadata.
        options: clickable options.
    """

    content: Any
    role: Literal["user", "assistant", "system"] = "assistant"
    metadata: MetadataDict = field(default_factory=lambda: MetadataDict())
    options: list[OptionDict] = field(default_factory=list)


def message_to_wire(message: Any) -> dict[str, Any]:
    """One message (dict or `ChatMessage`) in its wire shape; `Error` if it is neither."""
    if isinstance(message, ChatMessage):
        role, content = message.role, message.content
        metadata: Any = dict(message.metadata)
        options: Any = list(message.options)
    elif isinstance(message, dict) and "role" in message and "content" in message:
        role, content = message["role"], message["content"]
        metadata, options = message.get("metadata"), message.get("options")
    else:
        raise Error(
            "Chatbot messages must be dicts with 'role' and 'content' (or gr.ChatMessage), "
            f"got {message!r}."
        )
    parts = content if isinstance(content, list) else [content]
    return {
        "role": role,
        "metadata": metadata,
        "content": [content_part(part) for part in parts],
        "options": options,
    }


def content_part(part: Any) -> dict[str, Any]:
    """One piece of message content as a typed part."""
    from gradio.components.base import Component

    if isinstance(part, dict) and part.get("type") == "text" and "text" in part:
        return {"text": str(part["text"]), "type": "text"}
    if isinstance(part, dict) and part.get("type") == "file" and "file" in part:
        return {"file": _as_file(part["file"]), "alt_text": part.get("alt_text"), "type": "file"}
    if isinstance(part, dict) and part.get("type") == "component":
        return part
    if is_file_data(part):
        return {"file": _as_file(part), "alt_text": part.get("alt_text"), "type": "file"}
    if isinstance(part, tuple) and part and isinstance(part[0], (str, Path)):
        alt = part[1] if len(part) > 1 else None
        return {"file": file_data(part[0]), "alt_text": alt, "type": "file"}
    if isinstance(part, Component):
        return {
            "component": part.get_block_name(),
            "value": part.value,
            "constructor_args": {},
            "props": part.get_config(),
            "type": "component",
        }
    if part is None:
        return {"text": "", "type": "text"}
    return {"text": str(part), "type": "text"}


def _as_file(value: Any) -> dict[str, Any]:
    if isinstance(value, (str, Path)):
        return dict(file_data(value))
    if value.get("url") is None and "size" not in value:
        return {
            **dict(file_data(value["path"])),
            **{k: v for k, v in value.items() if v is not None},
        }
    return dict(value)


def message_from_wire(message: Any) -> dict[str, Any]:
    """An incoming wire message, checked; `Error` if malformed."""
    if not isinstance(message, dict) or not isinstance(message.get("role"), str):
        raise Error(f"Chatbot received a malformed message: {message!r}.")
    content = message.get("content")
    if not isinstance(content, list) or not all(
        isinstance(p, dict) and "type" in p for p in content
    ):
        raise Error("Chatbot message content must be a list of typed parts.")
    client_files_in(content)  # file and component parts must name files the server made (G2)
    return {
        "role": message["role"],
        "metadata": message.get("metadata"),
        "content": content,
        "options": message.get("options"),
    }


_METADATA_DOC = (
    "A typed dictionary to represent metadata for a message in the Chatbot component. An\n"
    "instance of this dictionary is used for the `metadata` field in a ChatMessage when\n"
    "the chat message should be displayed as a thought.\nParameters:\n"
    '    title: The title of the "thought" message. Required if the message is to be displayed'
    " as a thought.\n    id: The ID of the message. Only used for nested thoughts. Nested thoughts"
    " can be nested by setting the parent_id to the id of the parent thought.\n    parent_id:"
    " The ID of the parent message. Only used for nested thoughts.\n    log: A string message to"
    " display next to the thought title in a subdued font.\n    duration: The duration of the"
    " message in seconds. Appears next to the thought title in a subdued font inside a"
    ' parentheses.\n    status: if set to `"pending"`, a spinner appears next to the thought'
    ' title and the accordion is initialized open.  If `status` is `"done"`, the thought'
    " accordion is initialized closed. If `status` is not provided, the thought accordion is"
    " initialized open and no spinner is displayed."
)
_OPTION_DOC = (
    "A typed dictionary to represent an option in a ChatMessage. A list of these\n"
    "dictionaries is used for the `options` field in a ChatMessage.\nParameters:\n"
    "    value: The value to return when the option is selected.\n"
    "    label: The text to display in the option, if different from the value."
)


def chatbot_schema() -> dict[str, Any]:
    """`api_info` of `Chatbot` (as Gradio 6.31 publishes it)."""

    def const(value: str, title: str = "Type") -> dict[str, Any]:
        return {"const": value, "default": value, "title": title, "type": "string"}

    either = [{"type": "integer"}, {"type": "string"}]
    return {
        "$defs": {
            "ComponentMessage": {
                "properties": {
                    "component": {"title": "Component", "type": "string"},
                    "value": {"title": "Value"},
                    "constructor_args": {
                        "additionalProperties": True,
                        "title": "Constructor Args",
                        "type": "object",
                    },
                    "props": {"additionalProperties": True, "title": "Props", "type": "object"},
                    "type": const("component"),
                },
                "required": ["component", "value", "constructor_args", "props"],
                "title": "ComponentMessage",
                "type": "object",
            },
            "FileData": file_data_definition(),
            "FileDataMeta": file_data_meta_schema(),
            "FileMessage": {
                "properties": {
                    "file": {"$ref": "#/$defs/FileData"},
                    "alt_text": {
                        "anyOf": [{"type": "string"}, {"type": "null"}],
                        "default": None,
                        "title": "Alt Text",
                    },
                    "type": const("file"),
                },
                "required": ["file"],
                "title": "FileMessage",
                "type": "object",
            },
            "Message": {
                "properties": {
                    "role": {"title": "Role", "type": "string"},
                    "metadata": {
                        "anyOf": [{"$ref": "#/$defs/MetadataDict"}, {"type": "null"}],
                        "default": None,
                    },
                    "content": {
                        "items": {
                            "anyOf": [
                                {"$ref": "#/$defs/TextMessage"},
                                {"$ref": "#/$defs/FileMessage"},
                                {"$ref": "#/$defs/ComponentMessage"},
                            ]
                        },
                        "title": "Content",
                        "type": "array",
                    },
                    "options": {
                        "anyOf": [
                            {"items": {"$ref": "#/$defs/OptionDict"}, "type": "array"},
                            {"type": "null"},
                        ],
                        "default": None,
                        "title": "Options",
                    },
                },
                "required": ["role", "content"],
                "title": "Message",
                "type": "object",
            },
            "MetadataDict": {
                "description": _METADATA_DOC,
                "properties": {
                    "title": {"title": "Title", "type": "string"},
                    "id": {"anyOf": either, "title": "Id"},
                    "parent_id": {"anyOf": either, "title": "Parent Id"},
                    "log": {"title": "Log", "type": "string"},
                    "duration": {"title": "Duration", "type": "number"},
                    "status": {"enum": ["pending", "done"], "title": "Status", "type": "string"},
                },
                "title": "MetadataDict",
                "type": "object",
            },
            "OptionDict": {
                "description": _OPTION_DOC,
                "properties": {
                    "value": {"title": "Value", "type": "string"},
                    "label": {"title": "Label", "type": "string"},
                },
                "required": ["value"],
                "title": "OptionDict",
                "type": "object",
            },
            "TextMessage": {
                "properties": {"text": {"title": "Text", "type": "string"}, "type": const("text")},
                "required": ["text"],
                "title": "TextMessage",
                "type": "object",
            },
        },
        "items": {"$ref": "#/$defs/Message"},
        "title": "ChatbotDataMessages",
        "type": "array",
        "additional_description": None,
    }
