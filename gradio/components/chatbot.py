"""`Chatbot`: a conversation, as a list of messages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.blocks.block import Block
from gradio.components.base import Component, mark_selectable
from gradio.components.chat_message import chatbot_schema, message_from_wire, message_to_wire
from gradio.components.chat_reasoning import split_reasoning
from gradio.components.markdown import DEFAULT_LATEX_DELIMITERS
from gradio.data import file_data
from gradio.events.listener import EventListener
from gradio.exceptions import Error

if TYPE_CHECKING:
    from gradio.components.button import Button
    from gradio.components.timer import Timer


def _mark(attribute: str) -> Callable[[Block], None]:
    def callback(block: Block) -> None:
        setattr(block, attribute, True)

    return callback


class Chatbot(Component):
    """A conversation of user and assistant messages (text, files, components, thoughts).

    Parameters:
        value: a list of message dicts (`{"role", "content"}`) or `gr.ChatMessage`s.
        label: the label, also the API parameter name.
        every: with a function `value`, re-run it on this timer or every N seconds.
        inputs: with a function `value`, components whose values it receives.
        show_label: whether the label is shown.
        container: whether it sits in a padded box.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        autoscroll: keep the newest message in view.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        height: height in pixels or a CSS length.
        resizable: let the user resize it.
        max_height: maximum height.
        min_height: minimum height.
        editable: which messages the user may edit: `"user"`, `"all"` or none.
        latex_delimiters: delimiters of LaTeX formulas.
        rtl: right-to-left text.
        buttons: `"share"`, `"copy"`, `"copy_all"` and/or custom buttons.
        watermark: text added when copying.
        avatar_images: `(user, assistant)` avatar image paths or URLs.
        sanitize_html: strip unsafe HTML from messages.
        render_markdown: render messages as Markdown.
        feedback_options: feedback choices offered with `like`.
        feedback_value: initial feedback per message.
        line_breaks: single newlines become line breaks.
        layout: `"bubble"` or `"panel"`.
        placeholder: Markdown shown while empty.
        examples: example messages shown while empty.
        allow_file_downloads: show download buttons on files.
        group_consecutive_messages: join consecutive messages of one role.
        allow_tags: HTML-like tags kept in messages (`True`: all).
        reasoning_tags: `(start, end)` tag pairs; text between them is shown as a
            collapsible "Reasoning" thought before the rest of the message.
        like_user_message: allow liking user messages too.
    """

    change = EventListener("change", "The conversation changed.", trigger_mode="always_last")
    select = EventListener("select", "The user selected a message.", callback=mark_selectable)
    like = EventListener(
        "like", "The user liked or disliked a message.", callback=_mark("likeable")
    )
    retry = EventListener(
        "retry", "The user asked to retry a message.", callback=_mark("_retryable")
    )
    undo = EventListener("undo", "The user undid a message.", callback=_mark("_undoable"))
    example_select = EventListener("example_select", "The user clicked an example.")
    option_select = EventListener("option_select", "The user clicked an option.")
    clear = EventListener("clear", "The user cleared the conversation.")
    copy = EventListener("copy", "The user copied a message.")
    edit = EventListener("edit", "The user edited a message.")

    def __init__(
        self,
        value: list[Any] | Callable[..., Any] | None = None,
        label: str | None = None,
        every: Timer | float | None = None,
        inputs: Component | Sequence[Component] | set[Component] | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        autoscroll: bool = True,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
        height: int | str | None = 400,
        resizable: bool = False,
        max_height: int | str | None = None,
        min_height: int | str | None = None,
        editable: Literal["user", "all"] | None = None,
        latex_delimiters: list[dict[str, str | bool]] | None = None,
        rtl: bool = False,
        buttons: list[Literal["share", "copy", "copy_all"] | Button] | None = None,
        watermark: str | None = None,
        avatar_images: tuple[str | Path | None, str | Path | None] | None = None,
        sanitize_html: bool = True,
        render_markdown: bool = True,
        feedback_options: list[str] | tuple[str, ...] | None = ("Like", "Dislike"),
        feedback_value: Sequence[str | None] | None = None,
        line_breaks: bool = True,
        layout: Literal["panel", "bubble"] | None = None,
        placeholder: str | None = None,
        examples: list[Any] | None = None,
        allow_file_downloads: bool = True,
        group_consecutive_messages: bool = True,
        allow_tags: list[str] | bool = True,
        reasoning_tags: list[tuple[str, str]] | None = None,
        like_user_message: bool = False,
    ) -> None:
        self._undoable = False
        self._retryable = False
        self.likeable = False
        self.autoscroll = autoscroll
        self.height = height
        self.resizable = resizable
        self.max_height = max_height
        self.min_height = min_height
        self.editable = editable
        self.latex_delimiters = latex_delimiters or [dict(d) for d in DEFAULT_LATEX_DELIMITERS]
        self.rtl = rtl
        self.buttons = list(buttons) if buttons is not None else ["share", "copy", "copy_all"]
        self.watermark = watermark
        self.avatar_images = [_avatar(a) for a in (avatar_images or (None, None))]
        self.sanitize_html = sanitize_html
        self.render_markdown = render_markdown
        self.feedback_options = None if feedback_options is None else list(feedback_options)
        self.feedback_value = None if feedback_value is None else list(feedback_value)
        self.line_breaks = line_breaks
        self.layout = layout
        self.placeholder = placeholder
        self.examples = examples
        self.allow_file_downloads = allow_file_downloads
        self.group_consecutive_messages = group_consecutive_messages
        self.allow_tags = allow_tags or False  # an empty list means none, as in Gradio
        self.reasoning_tags = reasoning_tags
        self.like_user_message = like_user_message
        super().__init__(
            value,
            label=label,
            every=every,
            inputs=inputs,
            show_label=show_label,
            container=container,
            scale=scale,
            min_width=min_width,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )

    def leading_props(self) -> dict[str, Any]:
        return {
            "_undoable": self._undoable,
            "_retryable": self._retryable,
            "likeable": self.likeable,
        }

    def preprocess(self, payload: Any) -> list[dict[str, Any]]:
        """The conversation as message dicts (content as a list of typed parts)."""
        if payload is None:
            return []
        if not isinstance(payload, list):
            raise Error(f"Chatbot expects a list of messages, got {type(payload).__name__}.")
        return [message_from_wire(message) for message in payload]

    def postprocess(self, value: Any) -> list[dict[str, Any]]:
        """Messages (dicts or `gr.ChatMessage`) in their wire shape."""
        if value is None:
            return []
        if not isinstance(value, (list, tuple)):
            raise Error(f"Chatbot expects a list of messages, got {type(value).__name__}.")
        messages = [message_to_wire(message) for message in value]
        if not self.reasoning_tags:
            return messages
        return [
            shown for message in messages for shown in split_reasoning(message, self.reasoning_tags)
        ]

    def api_info(self) -> dict[str, Any]:
        return chatbot_schema()

    def example_payload(self) -> list[dict[str, Any]]:
        return [
            message_to_wire({"role": "user", "content": "Hello!"}),
            message_to_wire({"role": "assistant", "content": "How can I help you?"}),
        ]


def _avatar(image: str | Path | None) -> Any:
    if image is None:
        return None
    return file_data(image)
