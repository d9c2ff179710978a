"""The payloads the page sends with an event, as typed objects for user functions.

Annotate a parameter with one of these classes and the run layer passes the event's
data (protocol §5, `event_data`) wrapped in it, e.g. `def on_select(evt: gr.SelectData)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gradio.blocks.block import Block


class EventData:
    """Data of any event: the component that fired it and the raw payload.

    Parameters:
        target: the block whose event fired.
        _data: the raw `event_data` sent by the page.
    """

    def __init__(self, target: Block | None, _data: Any) -> None:
        self.target = target
        """The block whose event fired."""
        self._data = _data


class SelectData(EventData):
    """Data of a `select` event: which item was (de)selected.

    Parameters:
        target: the block whose event fired.
        data: the raw payload: `index`, `value`, `selected`, and optionally `row_value`,
            `col_value`.
    """

    def __init__(self, target: Block | None, data: Any) -> None:
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.index: int | tuple[int, int] = data.get("index")
        """Index of the selected item (a `(row, column)` pair for tables)."""
        self.value: Any = data.get("value")
        """Value of the selected item."""
        self.row_value: list[Any] | None = data.get("row_value")
        """For tables: the whole selected row."""
        self.col_value: list[Any] | None = data.get("col_value")
        """For tables: the whole selected column."""
        self.selected: bool = bool(data.get("selected", True))
        """`True` when the item was selected, `False` when deselected."""


class KeyUpData(EventData):
    """Data of a `key_up` event.

    Parameters:
        target: the block whose event fired.
        data: the raw payload: `key` and `input_value`.
    """

    def __init__(self, target: Block | None, data: Any) -> None:
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.key: str = data.get("key", "")
        """The key that was released."""
        self.input_value: str = data.get("input_value", "")
        """The input's value after the key press."""


class LikeData(EventData):
    """Data of a Chatbot `like` event.

    Parameters:
        target: the block whose event fired.
        data: the raw payload: `index`, `value`, `liked`.
    """

    def __init__(self, target: Block | None, data: Any) -> None:
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.index: int | tuple[int, int] = data.get("index")
        """Index of the message."""
        self.value: Any = data.get("value")
        """The message that was liked or disliked."""
        self.liked: bool | str = data.get("liked", True)
        """`True` (like), `False` (dislike) or a feedback option string."""


class RetryData(EventData):
    """Data of a Chatbot `retry` event.

    Parameters:
        target: the block whose event fired.
        data: the raw payload: `index`, `value`.
    """

    def __init__(self, target: Block | None, data: Any) -> None:
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.index: int | tuple[int, int] = data.get("index")
        """Index of the message to retry."""
        self.value: Any = data.get("value")
        """The message to retry."""


class UndoData(RetryData):
    """Data of a Chatbot `undo` event (same fields as `RetryData`)."""


class EditData(RetryData):
    """Data of a Chatbot `edit` event: `index`, `value` (the new text), `previous_value`.

    Parameters:
        target: the block whose event fired.
        data: the raw payload.
    """

    def __init__(self, target: Block | None, data: Any) -> None:
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.previous_value: Any = data.get("previous_value")
        """The message before the edit."""


class DownloadData(EventData):
    """Data of a File `download` event.

    Parameters:
        target: the block whose event fired.
        data: the raw payload: the FileData that was downloaded.
    """

    def __init__(self, target: Block | None, data: Any) -> None:
        super().__init__(target, data)
        self.file: Any = data
        """The FileData dict of the downloaded file."""


class CopyData(EventData):
    """Data of a `copy` event.

    Parameters:
        target: the block whose event fired.
        data: the raw payload: `value` (the copied text).
    """

    def __init__(self, target: Block | None, data: Any) -> None:
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.value: Any = data.get("value")
        """The copied value."""


class DeletedFileData(EventData):
    """Data of a File `delete` event.

    Parameters:
        target: the block whose event fired.
        data: the raw payload: the FileData that was removed.
    """

    def __init__(self, target: Block | None, data: Any) -> None:
        from gradio.data_classes import FileData

        super().__init__(target, data)
        self.file = FileData.from_payload(data)
        """The removed file, as a `FileData` object (`.path`, `.orig_name`, ...)."""


class OptionSelectData(RetryData):
    """Data of a Chatbot `option_select` event: `index` and `value` of the option."""


class ExampleSelectData(RetryData):
    """Data of a Chatbot `example_select` event: `index` and `value` of the example."""
