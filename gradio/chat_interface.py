"""`ChatInterface`: a chat app around one function `fn(message, history)`.

The app is built the way Gradio 6.31 builds it (same components, ids, layout and 31
dependencies for a plain text chat), because the stock page and clients rely on that
shape: sending a message clears the textbox, appends the message, streams the reply,
copies the conversation into `State`s and saves it; retry, undo, options, clear and
stop are wired to the Chatbot and Textbox events. The public API endpoint is a hidden
"Fake API" button named after `fn` (`/respond` for `def respond`).
"""

from __future__ import annotations

import contextlib
import inspect
import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Literal

from gradio._types import ApiVisibility, ConcurrencyLimit, ShowProgress
from gradio.blocks.blocks import Blocks
from gradio.components.base import Component
from gradio.components.browser_state import BrowserState
from gradio.components.button import Button
from gradio.components.chat_message import ChatMessage
from gradio.components.chatbot import Chatbot
from gradio.components.json_component import JSON
from gradio.components.markdown import Markdown
from gradio.components.shortcuts import component_from
from gradio.components.state import State
from gradio.components.textbox import Textbox
from gradio.components.update import update
from gradio.events.event_data import SelectData
from gradio.layouts.accordion import Accordion
from gradio.layouts.column import Column
from gradio.layouts.group import Group
from gradio.layouts.row import Row


def i18n(key: str) -> str:
    """A translatable string as Gradio sends it (the page looks the key up)."""
    return "__i18n__" + json.dumps({"__type__": "translation_metadata", "key": key})


class ChatInterface(Blocks):
    """A chat app for `fn(message, history, *additional_inputs)` returning or yielding replies.

    Parameters:
        fn: the chat function; returns (or yields, to stream) a reply: text, a
            `gr.ChatMessage`, a message dict, a file, or a list of messages.
        multimodal: accept files with messages (the message is `{"text", "files"}`).
        chatbot: a custom `Chatbot`.
        textbox: a custom `Textbox` (or `MultimodalTextbox`).
        additional_inputs: more inputs passed to `fn`, shown in an accordion.
        additional_inputs_accordion: the accordion's label or an `Accordion`.
        additional_outputs: more outputs, for `fn` returning `(reply, *values)`.
        editable: let users edit their messages.
        examples: example messages shown in the empty chat.
        examples_label: heading of the examples.
        example_labels: labels shown instead of the examples.
        example_icons: icons of the examples.
        run_examples_on_click: send an example as soon as it is clicked.
        cache_examples: accepted for compatibility.
        cache_mode: accepted for compatibility.
        title: heading (and page title).
        description: Markdown under the title.
        flagging_mode: accepted for compatibility.
        flagging_options: accepted for compatibility.
        flagging_dir: accepted for compatibility.
        analytics_enabled: accepted for compatibility.
        autofocus: focus the textbox when the page loads.
        autoscroll: keep the newest message in view.
        submit_btn: show the submit button (or its label).
        stop_btn: show a stop button while a reply streams (or its label).
        concurrency_limit: maximum simultaneous runs of `fn`.
        delete_cache: `(frequency, age)` for deleting cached files.
        show_progress: how progress is shown while replying.
        fill_height: let the chat fill the page height.
        fill_width: remove the side padding.
        api_name: the endpoint name (default: the name of `fn`).
        api_description: endpoint description.
        api_visibility: visibility of the endpoint.
        save_history: keep past conversations in the browser.
        validator: called with the inputs before `fn`; may reject them.
    """

    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        multimodal: bool = False,
        chatbot: Chatbot | None = None,
        textbox: Textbox | Component | None = None,
        additional_inputs: str | Component | list[str | Component] | None = None,
        additional_inputs_accordion: str | Accordion | None = None,
        additional_outputs: Component | list[Component] | None = None,
        editable: bool = False,
        examples: list[Any] | None = None,
        examples_label: str | None = "Examples",
        example_labels: list[str] | None = None,
        example_icons: list[str] | None = None,
        run_examples_on_click: bool = True,
        cache_examples: bool | None = None,
        cache_mode: Literal["eager", "lazy"] | None = None,
        title: str | None = None,
        description: str | None = None,
        flagging_mode: Literal["never", "manual"] | None = None,
        flagging_options: list[str] | tuple[str, ...] | None = ("Like", "Dislike"),
        flagging_dir: str = ".gradio/flagged",
        analytics_enabled: bool | None = None,
        autofocus: bool = True,
        autoscroll: bool = True,
        submit_btn: str | bool | None = True,
        stop_btn: str | bool | None = True,
        concurrency_limit: ConcurrencyLimit = "default",
        delete_cache: tuple[int, int] | None = None,
        show_progress: ShowProgress = "minimal",
        fill_height: bool = True,
        fill_width: bool = False,
        api_name: str | None = None,
        api_description: str | Literal[False] | None = None,
        api_visibility: ApiVisibility = "public",
        save_history: bool = False,
        validator: Callable[..., Any] | None = None,
    ) -> None:
        super().__init__(
            analytics_enabled=analytics_enabled,
            mode="chat_interface",
            title=title or "Gradio",
            fill_height=fill_height,
            fill_width=fill_width,
            delete_cache=delete_cache,
        )
        self.fn = fn
        """The chat function."""
        self.interface_title = title
        """The title given (`None` if none; the page title is then "Gradio")."""
        self.description = description
        """The description given."""
        self.multimodal = multimodal
        self.save_history = save_history
        self.examples = examples
        self.run_examples_on_click = run_examples_on_click
        self.examples_label = examples_label
        self.concurrency_limit: ConcurrencyLimit = concurrency_limit
        self.show_progress: ShowProgress = show_progress
        self.api_visibility: ApiVisibility = api_visibility
        self.api_description = api_description
        self.public_api_name = api_name or _name_of(fn)
        self.validator = validator
        self.is_generator = inspect.isgeneratorfunction(fn) or inspect.isasyncgenfunction(fn)
        self.additional_inputs = [
            component_from(c, render=False)
            for c in (
                []
                if additional_inputs is None
                else [additional_inputs]
                if not isinstance(additional_inputs, list)
                else additional_inputs
            )
        ]
        self.additional_outputs = (
            []
            if additional_outputs is None
            else [additional_outputs]
            if isinstance(additional_outputs, Component)
            else list(additional_outputs)
        )
        with self:
            self._build(
                title,
                description,
                chatbot,
                textbox,
                additional_inputs_accordion,
                autofocus,
                autoscroll,
                submit_btn,
                stop_btn,
                editable,
            )
            self._wire(stop_btn)

    def _build(
        self,
        title: str | None,
        description: str | None,
        chatbot: Chatbot | None,
        textbox: Textbox | Component | None,
        accordion: str | Accordion | None,
        autofocus: bool,
        autoscroll: bool,
        submit_btn: str | bool | None,
        stop_btn: str | bool | None,
        editable: bool,
    ) -> None:
        self.saved_conversations = BrowserState([], storage_key=f"_saved_conversations_{self.id}")
        self.conversation_id = State(None)
        self.saved_input = State()
        self.null_component = State()
        with Column():
            if title:
                Markdown(f"<h1 style='text-align: center; margin-bottom: 1rem'>{title}</h1>")
            if description:
                Markdown(description)
            if chatbot is None:
                chatbot = Chatbot(
                    label=i18n("chat_interface.chatbot"),
                    scale=1,
                    height=400,
                    autoscroll=autoscroll,
                    editable="user" if editable else None,
                )
            else:
                chatbot.render()
            self.chatbot = chatbot
            with Group(), Row():
                if textbox is None and self.multimodal:
                    from gradio.components.multimodal_textbox import MultimodalTextbox

                    textbox = MultimodalTextbox(
                        show_label=False,
                        label="",
                        placeholder=i18n("chat_interface.message_placeholder"),
                        scale=7,
                        autofocus=autofocus,
                        submit_btn=True if submit_btn is None else submit_btn,
                        stop_btn=False,
                        file_count="multiple",
                    )
                elif textbox is None:
                    textbox = Textbox(
                        show_label=False,
                        label="",
                        placeholder=i18n("chat_interface.message_placeholder"),
                        scale=7,
                        autofocus=autofocus,
                        submit_btn=True if submit_btn is None else submit_btn,
                        stop_btn=False,
                    )
                else:
                    textbox.render()
            self.textbox = textbox
            self.fake_api_btn = Button("Fake API", visible=False)
            self.api_response = JSON(label="Response", visible=False)
            self.chatbot_state = State(self.chatbot.value or [])
            self.chatbot_value = State(self.chatbot.value or [])
            self._build_examples(self.examples_label)
            if self.additional_inputs:
                label = (
                    accordion
                    if isinstance(accordion, str)
                    else i18n("chat_interface.additional_inputs")
                )
                with (
                    accordion if isinstance(accordion, Accordion) else Accordion(label, open=False)
                ):
                    for component in self.additional_inputs:
                        component.render()

    def _build_examples(self, label: str | None) -> None:
        """Examples: shown in the empty chat, or (with additional inputs) as a table.

        Either way Gradio keeps a `gr.Examples` table that loads them into the inputs;
        without additional inputs it is hidden and the chat shows the examples itself.
        """
        from gradio.components.examples import Examples

        if not self.examples:
            if self.chatbot.examples is None:
                self.chatbot.examples = []
            return
        rows = [row if isinstance(row, list) else [row] for row in self.examples]
        if self.additional_inputs:
            Examples(rows, [self.textbox, *self.additional_inputs], label=label)
            return
        if self.chatbot.examples is None:
            self.chatbot.examples = [_example_message(row[0]) for row in rows]
        Examples(rows, [self.textbox], label=label, visible=False)

    def _wire(self, stop_btn: str | bool | None) -> None:
        textbox, chatbot, saved_input = self.textbox, self.chatbot, self.saved_input
        history, shown = self.chatbot_state, self.chatbot_value
        save_inputs = [self.conversation_id, history, self.saved_conversations]
        save_outputs = [self.conversation_id, self.saved_conversations]
        submit_inputs = [saved_input, history, *self.additional_inputs]
        submit_outputs = [self.null_component, chatbot, *self.additional_outputs]
        submit_fn = _submit_function(self)
        hidden: ApiVisibility = "undocumented"
        quiet: dict[str, Any] = {"queue": False, "api_visibility": hidden}
        streaming: dict[str, Any] = {
            "show_progress": self.show_progress,
            "api_visibility": hidden,
            "concurrency_limit": self.concurrency_limit,
        }

        def _clear_and_save_textbox(message: Any) -> tuple[dict[str, Any], Any]:
            return update(value="", interactive=False, placeholder=""), message

        def _append_message_to_history(message: Any, history: list[Any]) -> list[Any]:
            return [*(history or []), *_user_messages(message)]

        def _save_conversation(
            index: int | None, conversation: list[Any], saved_conversations: list[Any]
        ) -> tuple[int | None, list[Any]]:
            saved = saved_conversations
            if not self.save_history or not conversation:
                return index, saved
            saved = list(saved or [])
            if index is None:
                saved.insert(0, conversation)
                return 0, saved
            saved[index] = conversation
            return index, saved

        submit_event: Any = getattr(textbox, "submit")  # noqa: B009 - Textbox or MultimodalTextbox
        submitted = submit_event(
            _clear_and_save_textbox, [textbox], [textbox, saved_input], **quiet
        )
        first_reply = submitted.then(
            _append_message_to_history, [saved_input, chatbot], [chatbot], **quiet
        ).then(submit_fn, submit_inputs, submit_outputs, **streaming)
        first_reply.then(lambda x: (x, x), [chatbot], [history, shown], **quiet).then(
            lambda: update(interactive=True), None, [textbox], api_visibility=hidden
        ).then(_save_conversation, save_inputs, save_outputs, **quiet)

        self.fake_api_btn.click(
            _api_function(self),
            [textbox, history, *self.additional_inputs],
            [self.api_response, history, *self.additional_outputs],
            api_name=self.public_api_name,
            api_description=self.api_description,
            api_visibility=self.api_visibility,
            concurrency_limit=self.concurrency_limit,
            validator=self.validator,
        )
        example_reply = self._wire_example_clicks(
            submit_fn, submit_inputs, submit_outputs, quiet, streaming
        )

        def _pop_last_user_message(history: list[Any]) -> tuple[list[Any], Any]:
            return _pop_last_user(history)

        retried = chatbot.retry(_pop_last_user_message, [history], [history, saved_input], **quiet)
        retry_reply = (
            retried.then(_append_message_to_history, [saved_input, history], [chatbot], **quiet)
            .then(lambda: update(interactive=False), None, [textbox], api_visibility=hidden)
            .then(submit_fn, submit_inputs, submit_outputs, **streaming)
        )
        retry_reply.then(lambda x: (x, x), [chatbot], [history, shown], **quiet).then(
            lambda: update(interactive=True), None, [textbox], api_visibility=hidden
        ).then(_save_conversation, save_inputs, save_outputs, **quiet)

        show_stop = stop_btn is not False and stop_btn is not None and self.is_generator
        stop_label = stop_btn if isinstance(stop_btn, str) else True
        submitted.success(
            lambda: update(submit_btn=False, stop_btn=stop_label if show_stop else False),
            None,
            [textbox],
            **quiet,
        )
        chatbot.retry(
            lambda: update(submit_btn=False, stop_btn=stop_label if show_stop else False),
            None,
            [textbox],
            **quiet,
        )
        replies = [first_reply, retry_reply] + ([example_reply] if example_reply else [])
        for reply in replies:
            reply.then(lambda: update(submit_btn=True, stop_btn=False), None, [textbox], **quiet)
        if stop_btn is not False and stop_btn is not None:
            textbox.stop(None, None, None, cancels=replies)  # type: ignore[attr-defined]

        undone = chatbot.undo(_pop_last_user_message, [chatbot], [chatbot, textbox], **quiet)
        undone.then(lambda x: (x, x), [chatbot], [history, shown], **quiet).then(
            _save_conversation, save_inputs, save_outputs, **quiet
        )

        def option_clicked(history: list[Any], option: SelectData) -> tuple[list[Any], Any]:
            value = option.value.get("value") if isinstance(option.value, dict) else option.value
            return [*(history or []), {"role": "user", "content": value}], value

        chatbot.option_select(
            option_clicked, [chatbot], [chatbot, saved_input], api_visibility=hidden
        ).then(submit_fn, submit_inputs, submit_outputs, **streaming).then(
            lambda x: (x, x), [chatbot], [history, shown], **quiet
        ).then(_save_conversation, save_inputs, save_outputs, **quiet)

        def _delete_conversation(
            index: int | None, saved_conversations: list[Any]
        ) -> tuple[None, list[Any]]:
            saved = saved_conversations
            if self.save_history and index is not None:
                saved = [c for i, c in enumerate(saved or []) if i != index]
            return None, saved

        chatbot.clear(lambda x: (x, x), [chatbot], [history, shown], **quiet).then(
            _delete_conversation,
            [self.conversation_id, self.saved_conversations],
            save_outputs,
            **quiet,
        )
        shown.change(lambda x: x, [shown], [chatbot], api_visibility=hidden).then(
            lambda x: (x, x), [chatbot], [history, shown], **quiet
        )

    def _wire_example_clicks(
        self,
        submit_fn: Callable[..., Any],
        submit_inputs: list[Component],
        submit_outputs: list[Component],
        quiet: dict[str, Any],
        streaming: dict[str, Any],
    ) -> Any:
        """Clicking an example in the empty chat sends it (Gradio's `example_clicked` chain)."""
        if not self.examples or self.additional_inputs or not self.run_examples_on_click:
            return None
        chatbot, textbox, history, shown = (
            self.chatbot,
            self.textbox,
            self.chatbot_state,
            self.chatbot_value,
        )

        def example_clicked(example: SelectData) -> Iterator[tuple[list[Any], Any]]:
            value = example.value
            message = (
                value.get("text") if isinstance(value, dict) and not value.get("files") else value
            )
            yield _user_messages(message), message

        clicked = chatbot.example_select(
            example_clicked, None, [chatbot, self.saved_input], api_visibility="undocumented"
        )
        reply = clicked.then(lambda: update(interactive=False), None, [textbox], **quiet).then(
            submit_fn, submit_inputs, submit_outputs, **streaming
        )
        reply.then(lambda x: (x, x), [chatbot], [history, shown], **quiet)
        return reply


def _example_message(example: Any) -> dict[str, Any]:
    """How the empty chat shows one example (`{"text": ...}`, plus `files` if any)."""
    if isinstance(example, dict):
        return {"text": str(example.get("text", "")), "files": list(example.get("files", []))}
    return {"text": str(example)}


def _name_of(fn: Callable[..., Any]) -> str:
    name = getattr(fn, "__name__", None) or "chat"
    return "chat" if name == "<lambda>" else name


def _user_messages(message: Any) -> list[dict[str, Any]]:
    """The history entries for one submitted message (text, or text plus files)."""
    if isinstance(message, dict) and ("text" in message or "files" in message):
        entries: list[dict[str, Any]] = [
            {"role": "user", "content": {"path": f} if isinstance(f, str) else f}
            for f in message.get("files", [])
        ]
        if message.get("text"):
            entries.append({"role": "user", "content": message["text"]})
        return entries
    return [] if message is None else [{"role": "user", "content": message}]


def _reply_messages(reply: Any) -> list[Any]:
    """The history entries for one reply of `fn`."""
    if reply is None:
        return []
    if isinstance(reply, ChatMessage) or (isinstance(reply, dict) and "role" in reply):
        return [reply]
    if isinstance(reply, list) and reply and all(isinstance(r, (ChatMessage, dict)) for r in reply):
        return list(reply)
    return [{"role": "assistant", "content": reply}]


def _pop_last_user(history: list[Any]) -> tuple[list[Any], Any]:
    """History without the last user turn (and the replies after it), and that message."""
    history = list(history or [])
    index = len(history) - 1
    while index >= 0 and _role(history[index]) != "user":
        index -= 1
    if index < 0:
        return history, ""
    message = _text_of(history[index])
    return history[:index], message


def _role(message: Any) -> str | None:
    return message.role if isinstance(message, ChatMessage) else message.get("role")


def _text_of(message: Any) -> str:
    content = message.content if isinstance(message, ChatMessage) else message.get("content")
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return "" if content is None else str(content)


def _message_for_fn(chat: ChatInterface, message: Any) -> Any:
    if chat.multimodal and isinstance(message, dict):
        files = [f.get("path") if isinstance(f, dict) else f for f in message.get("files", [])]
        return {"text": message.get("text", ""), "files": files}
    return message


def _split(chat: ChatInterface, result: Any) -> tuple[Any, list[Any]]:
    if chat.additional_outputs and isinstance(result, tuple):
        return result[0], list(result[1:])
    return result, []


def _submit_function(chat: ChatInterface) -> Callable[..., Any]:
    """`_submit_fn`: call `fn`, append its reply (streamed when `fn` yields)."""
    fn = chat.fn

    def history_after(message: Any, history: list[Any], reply: Any) -> list[Any]:
        return [*(history or []), *_user_messages(message), *_reply_messages(reply)]

    if inspect.isasyncgenfunction(fn):

        async def _submit_fn(message: Any, history: list[Any], *args: Any) -> AsyncIterator[Any]:
            async for result in fn(_message_for_fn(chat, message), history or [], *args):
                reply, extra = _split(chat, result)
                yield (None, history_after(message, history, reply), *extra)

    elif inspect.isgeneratorfunction(fn):

        def _submit_fn(message: Any, history: list[Any], *args: Any) -> Iterator[Any]:  # type: ignore[misc]
            for result in fn(_message_for_fn(chat, message), history or [], *args):
                reply, extra = _split(chat, result)
                yield (None, history_after(message, history, reply), *extra)

    elif inspect.iscoroutinefunction(fn):

        async def _submit_fn(message: Any, history: list[Any], *args: Any) -> Any:  # type: ignore[misc]
            reply, extra = _split(
                chat, await fn(_message_for_fn(chat, message), history or [], *args)
            )
            return (None, history_after(message, history, reply), *extra)

    else:

        def _submit_fn(message: Any, history: list[Any], *args: Any) -> Any:  # type: ignore[misc]
            reply, extra = _split(chat, fn(_message_for_fn(chat, message), history or [], *args))
            return (None, history_after(message, history, reply), *extra)

    _named_like(_submit_fn, fn)
    return _submit_fn


def _named_like(wrapper: Callable[..., Any], fn: Callable[..., Any]) -> None:
    """Give `wrapper` the parameters of `fn`: the API names the inputs as `fn` does."""
    with contextlib.suppress(TypeError, ValueError):
        wrapper.__signature__ = inspect.signature(fn)  # type: ignore[attr-defined]


def _api_function(chat: ChatInterface) -> Callable[..., Any]:
    """The public endpoint: `(message, history) → (reply, new history)`, streamed if `fn` yields."""
    fn = chat.fn

    def history_after(message: Any, history: list[Any], reply: Any) -> list[Any]:
        return [*(history or []), *_user_messages(message), *_reply_messages(reply)]

    if inspect.isasyncgenfunction(fn):

        async def api(message: Any, history: list[Any], *args: Any) -> AsyncIterator[Any]:
            async for result in fn(_message_for_fn(chat, message), history or [], *args):
                reply, extra = _split(chat, result)
                yield (reply, history_after(message, history, reply), *extra)

    elif inspect.isgeneratorfunction(fn):

        def api(message: Any, history: list[Any], *args: Any) -> Iterator[Any]:  # type: ignore[misc]
            for result in fn(_message_for_fn(chat, message), history or [], *args):
                reply, extra = _split(chat, result)
                yield (reply, history_after(message, history, reply), *extra)

    elif inspect.iscoroutinefunction(fn):

        async def api(message: Any, history: list[Any], *args: Any) -> Any:  # type: ignore[misc]
            reply, extra = _split(
                chat, await fn(_message_for_fn(chat, message), history or [], *args)
            )
            return (reply, history_after(message, history, reply), *extra)

    else:

        def api(message: Any, history: list[Any], *args: Any) -> Any:  # type: ignore[misc]
            reply, extra = _split(chat, fn(_message_for_fn(chat, message), history or [], *args))
            return (reply, history_after(message, history, reply), *extra)

    api.__name__ = chat.public_api_name
    _named_like(api, fn)
    return api
