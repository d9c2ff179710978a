"""`EventListener`: declares an event on a block class, e.g. `click = EventListener("click")`.

Accessed on an instance (`button.click`) the descriptor returns a bound listener: a
callable with the full listener signature (typed by the `Listener` protocol below, so
editors show every argument) that registers a dependency and returns a `Dependency`.
The bound listener also names its block and event, which is what `gr.on(triggers=...)`
needs. `Block.EVENTS` lists the events declared on a class and its bases.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, Protocol, overload

from gradio._types import (
    ApiVisibility,
    ComponentsArg,
    ConcurrencyLimit,
    Key,
    ShowProgress,
    TriggerMode,
)

if TYPE_CHECKING:
    from typing_extensions import Self

    from gradio.blocks.block import Block
    from gradio.components.base import Component
    from gradio.events.dependency import Cancels, Dependency


class Listener(Protocol):
    """The signature shared by every event listener (`button.click`, `textbox.submit`, ...)."""

    block: Block | None
    """The block whose event this is (`None` for app-level events)."""
    event_name: str
    """The event name on the wire (`"click"`, `"submit"`, ...)."""

    def __call__(
        self,
        fn: Callable[..., Any] | Literal["decorator"] | None = "decorator",
        inputs: ComponentsArg = None,
        outputs: ComponentsArg = None,
        api_name: str | Literal[False] | None = None,
        api_description: str | Literal[False] | None = None,
        scroll_to_output: bool = False,
        show_progress: ShowProgress = "full",
        show_progress_on: Component | list[Component] | None = None,
        queue: bool = True,
        batch: bool = False,
        max_batch_size: int = 4,
        preprocess: bool = True,
        postprocess: bool = True,
        cancels: Cancels = None,
        trigger_mode: TriggerMode | None = None,
        js: str | Literal[True] | None = None,
        concurrency_limit: ConcurrencyLimit = "default",
        concurrency_id: str | None = None,
        api_visibility: ApiVisibility = "public",
        time_limit: int | None = None,
        stream_every: float = 0.5,
        key: Key = None,
        validator: Callable[..., Any] | None = None,
    ) -> Dependency:
        """Run `fn` when this event fires.

        Parameters:
            fn: the function to run; `None` for a front-end-only listener (with `js`);
                omitted to use the listener as a decorator.
            inputs: components whose values are passed to `fn` (a set: one dict argument).
            outputs: components updated with the return values.
            api_name: the endpoint name (default: the function name); `False` hides it.
            api_description: endpoint description (default: the docstring); `False`: none.
            scroll_to_output: scroll to the outputs when done.
            show_progress: how progress is shown on the outputs.
            show_progress_on: components that show progress instead of the outputs.
            queue: `False` runs it outside the queue.
            batch: `fn` takes and returns lists of values.
            max_batch_size: the largest batch gathered.
            preprocess: pass inputs through the components' `preprocess`.
            postprocess: pass return values through the components' `postprocess`.
            cancels: dependencies to cancel when this event fires.
            trigger_mode: what happens when the event fires while still pending.
            js: front-end code run before `fn` (or instead of it when `fn` is None).
            concurrency_limit: maximum simultaneous runs (`"default"`: the queue default).
            concurrency_id: listeners with one id share one limit.
            api_visibility: `"public"`, `"undocumented"` or `"private"`.
            time_limit: seconds a streaming event may run.
            stream_every: seconds between chunks for streaming inputs.
            key: identity across re-renders of `gr.render`.
            validator: called with the inputs before `fn`; may reject them.
        """
        ...


class EventListener:
    """Declares one event on a block class.

    Parameters:
        event_name: the event name on the wire.
        doc: what the event means, shown in `help()`.
        trigger_mode: the default `trigger_mode` of listeners for this event.
        show_progress: the default `show_progress` of listeners for this event.
        connection: `"stream"` for streaming-input events.
        event_specific_args: listener arguments specific to this event.
        callback: called with the block when a listener is attached (e.g. to mark it
            selectable).
    """

    def __init__(
        self,
        event_name: str,
        doc: str = "",
        *,
        trigger_mode: TriggerMode = "once",
        show_progress: ShowProgress = "full",
        connection: str = "sse",
        event_specific_args: list[str] | None = None,
        callback: Callable[[Block], None] | None = None,
    ) -> None:
        self.event_name = event_name
        """The event name on the wire."""
        self.doc = doc
        """What the event means."""
        # As in Gradio, every stream event defaults to "multiple": frames keep coming
        # while an event runs, and each may start the next one.
        self.trigger_mode: TriggerMode = (
            "multiple" if connection == "stream" and trigger_mode == "once" else trigger_mode
        )
        """Default `trigger_mode`."""
        self.show_progress = show_progress
        """Default `show_progress`."""
        self.connection = connection
        """`"stream"` for streaming-input events."""
        self.event_specific_args = event_specific_args
        """Listener arguments specific to this event."""
        self.callback = callback
        """Called with the block when a listener is attached."""
        self.__doc__ = doc or f"Run a function when the `{event_name}` event fires."

    def __set_name__(self, owner: type, name: str) -> None:
        self.attribute = name

    @overload
    def __get__(self, instance: None, owner: type) -> Self: ...
    @overload
    def __get__(self, instance: Block, owner: type) -> Listener: ...
    def __get__(self, instance: Block | None, owner: type) -> Self | Listener:
        if instance is None:
            return self
        return BoundListener(instance, self)


class BoundListener:
    """An event of one block, ready to register listeners (see `Listener`)."""

    def __init__(self, block: Block | None, event: EventListener) -> None:
        self.block = block
        self.event = event
        self.event_name = event.event_name

    def __repr__(self) -> str:
        return f"<listener {self.event_name} of {self.block!r}>"

    def __call__(
        self,
        fn: Callable[..., Any] | Literal["decorator"] | None = "decorator",
        inputs: ComponentsArg = None,
        outputs: ComponentsArg = None,
        api_name: str | Literal[False] | None = None,
        api_description: str | Literal[False] | None = None,
        scroll_to_output: bool = False,
        show_progress: ShowProgress = "full",
        show_progress_on: Component | list[Component] | None = None,
        queue: bool = True,
        batch: bool = False,
        max_batch_size: int = 4,
        preprocess: bool = True,
        postprocess: bool = True,
        cancels: Cancels = None,
        trigger_mode: TriggerMode | None = None,
        js: str | Literal[True] | None = None,
        concurrency_limit: ConcurrencyLimit = "default",
        concurrency_id: str | None = None,
        api_visibility: ApiVisibility = "public",
        time_limit: int | None = None,
        stream_every: float = 0.5,
        key: Key = None,
        validator: Callable[..., Any] | None = None,
    ) -> Dependency:
        from gradio.events.on import register

        if self.event.callback is not None and self.block is not None:
            self.event.callback(self.block)
        if show_progress == "full" and self.event.show_progress != "full":
            show_progress = self.event.show_progress
        return register(
            [self],
            fn,
            inputs,
            outputs,
            api_name=api_name,
            api_description=api_description,
            scroll_to_output=scroll_to_output,
            show_progress=show_progress,
            show_progress_on=show_progress_on,
            queue=queue,
            batch=batch,
            max_batch_size=max_batch_size,
            preprocess=preprocess,
            postprocess=postprocess,
            cancels=cancels,
            trigger_mode=trigger_mode or self.event.trigger_mode,
            js=js,
            concurrency_limit=concurrency_limit,
            concurrency_id=concurrency_id,
            api_visibility=api_visibility,
            time_limit=time_limit,
            stream_every=stream_every,
            key=key,
            validator=validator,
            connection=self.event.connection,
            event_specific_args=self.event.event_specific_args,
        )


def collect_events(cls: type) -> tuple[str, ...]:
    """Event names declared on `cls` and its bases, in declaration order, each once."""
    names: list[str] = []
    for klass in cls.__mro__:
        for value in vars(klass).values():
            if isinstance(value, EventListener) and value.event_name not in names:
                names.append(value.event_name)
    return tuple(names)
