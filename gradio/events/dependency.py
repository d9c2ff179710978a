"""`Dependency`: what registering a listener returns, to chain more steps or cancel it.

`btn.click(f, ...).then(g, ...)` registers `g` as a second dependency whose
`trigger_after` is the first one; the page runs it when the first finishes
(`.success`: only if it succeeded, `.failure`: only if it failed). Passing a
`Dependency` in `cancels=` cancels it. In decorator form (`@btn.click(inputs=...)`)
the returned `Dependency` is called with the function and registers it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, Union

from gradio._types import (
    ApiVisibility,
    ComponentsArg,
    ConcurrencyLimit,
    Key,
    ShowProgress,
    TriggerMode,
)

if TYPE_CHECKING:
    from gradio.blocks.blocks import Blocks
    from gradio.components.base import Component
    from gradio.events.block_function import BlockFunction

Cancels: TypeAlias = Union[
    "Dependency", dict[str, Any], Sequence[Union["Dependency", dict[str, Any]]], None
]
"""What `cancels=` accepts: one or more dependencies (or their `{"id": ...}` dicts)."""


class Dependency(dict[str, Any]):
    """A registered listener. It is a dict `{"id": fn_index}` so it can be passed in `cancels`.

    Parameters:
        root: the app the listener belongs to.
        fn_id: its index in `root.fns` (`None` while waiting for a decorated function).
        register: in decorator form, registers the function it is called with.
    """

    def __init__(
        self,
        root: Blocks | None,
        fn_id: int | None,
        register: Callable[[Callable[..., Any]], Callable[..., Any]] | None = None,
    ) -> None:
        super().__init__({"id": fn_id})
        self.root = root
        """The app the listener belongs to."""
        self.fn_id = fn_id
        """Its index in `root.fns`: the wire `fn_index`."""
        self._register = register

    @property
    def block_function(self) -> BlockFunction:
        """The registered `BlockFunction`."""
        assert self.root is not None and self.fn_id is not None
        return next(fn for fn in self.root.fns if fn.id == self.fn_id)

    def __call__(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        """Decorator form: register `fn` and return it unchanged."""
        if self._register is None:
            raise TypeError("This Dependency is not a decorator; pass `fn=` to the listener.")
        return self._register(fn)

    def then(
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
        """Run `fn` after this listener finishes, whether it succeeded or not.

        Parameters are those of any event listener (see `gradio.events.listener.Listener`).
        """
        kwargs = dict(locals())
        del kwargs["self"]
        return self._chain("then", **kwargs)

    def success(
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
        """Run `fn` after this listener finishes without error.

        Parameters are those of any event listener (see `gradio.events.listener.Listener`).
        """
        kwargs = dict(locals())
        del kwargs["self"]
        return self._chain("success", **kwargs)

    def failure(
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
        """Run `fn` after this listener fails with an error.

        Parameters are those of any event listener (see `gradio.events.listener.Listener`).
        """
        kwargs = dict(locals())
        del kwargs["self"]
        return self._chain("failure", **kwargs)

    def _chain(self, kind: Literal["then", "success", "failure"], **kwargs: Any) -> Dependency:
        from gradio.events.on import register

        trigger_mode: TriggerMode = kwargs.pop("trigger_mode") or "once"
        return register(
            [(None, kind)],
            trigger_mode=trigger_mode,
            trigger_after=self.fn_id,
            trigger_only_on_success=kind == "success",
            trigger_only_on_failure=kind == "failure",
            root=self.root,
            **kwargs,
        )
