"""`@gr.render`: part of the page rebuilt by a function whenever its inputs change.

At build time the decorator places an empty `Column` (the render container) and
registers one listener, named `apply` and undocumented, that fires on page load and on
each trigger (default: every input's `change`). At run time `apply` calls the user's
function inside a fresh scope: the blocks it creates go into a copy of the container and
its listeners get `fn_index`es after the app's own. `apply` returns nothing for the
container output; the run layer collects the scope with `take_render_result()` and
sends its `config()` as `render_config` (protocol §6.6), keeping its `fns` for the
session so their events can be joined.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from gradio._types import ConcurrencyLimit, ShowProgress, TriggerMode
from gradio.blocks import context
from gradio.blocks.block import Block, BlockContext
from gradio.exceptions import InvalidBlockError

if TYPE_CHECKING:
    from gradio.components.base import Component
    from gradio.events.block_function import BlockFunction
    from gradio.events.listener import Listener

_last_result: ContextVar[RenderScope | None] = ContextVar("radiogram_render_result", default=None)


def render(
    inputs: Sequence[Component] | Component | None = None,
    triggers: Sequence[Listener] | Listener | None = None,
    *,
    queue: bool = True,
    trigger_mode: TriggerMode | None = "always_last",
    concurrency_limit: ConcurrencyLimit = None,
    concurrency_id: str | None = None,
    show_progress: ShowProgress = "full",
) -> Callable[[Callable[..., Any]], Renderable]:
    """Decorate a function that builds components; it re-runs when `inputs` change.

    Parameters:
        inputs: components whose values the function receives.
        triggers: events that re-run it (default: `change` of every input); it also runs
            on page load.
        queue: run through the queue.
        trigger_mode: what happens when a trigger fires while a run is pending.
        concurrency_limit: maximum simultaneous runs.
        concurrency_id: listeners with one id share one limit.
        show_progress: how progress is shown on the container.
    """

    def decorate(fn: Callable[..., Any]) -> Renderable:
        return Renderable(
            fn,
            inputs,
            triggers,
            queue=queue,
            trigger_mode=trigger_mode,
            concurrency_limit=concurrency_limit,
            concurrency_id=concurrency_id,
            show_progress=show_progress,
        )

    return decorate


class Renderable:
    """A `@gr.render` function, its container and the listener that re-runs it."""

    def __init__(
        self,
        fn: Callable[..., Any],
        inputs: Sequence[Component] | Component | None,
        triggers: Sequence[Listener] | Listener | None,
        *,
        queue: bool,
        trigger_mode: TriggerMode | None,
        concurrency_limit: ConcurrencyLimit,
        concurrency_id: str | None,
        show_progress: ShowProgress,
    ) -> None:
        from gradio.events.listener import BoundListener, EventListener
        from gradio.events.on import register
        from gradio.layouts.column import Column

        root = context.current_root()
        if root is None:
            raise InvalidBlockError("gr.render must be used inside a gradio.Blocks context.")
        self.fn = fn
        """The user's function."""
        self.inputs: list[Component] = (
            [] if inputs is None else [inputs] if isinstance(inputs, Block) else list(inputs)
        )
        self.root = root
        self.container = Column(show_progress=True)
        """The empty column the rendered blocks go into."""
        self.render_id = len(root.renderables)
        """Index of this renderable in the app (`render_id`)."""
        self.key_to_id: dict[Any, int] = {}
        """Ids of keyed blocks made by earlier runs: a re-created key keeps its id."""
        root.renderables.append(self)
        load: Any = BoundListener(root, EventListener("load"))
        if triggers is None:
            chosen: list[Any] = [getattr(c, "change") for c in self.inputs if "change" in c.EVENTS]  # noqa: B009
        else:
            chosen = [triggers] if isinstance(triggers, BoundListener) else list(triggers)  # type: ignore[arg-type]
        dependency = register(
            [load, *chosen],
            self.apply,
            self.inputs,
            [self.container],
            api_visibility="undocumented",
            queue=queue,
            trigger_mode=trigger_mode or "always_last",
            concurrency_limit=concurrency_limit,
            concurrency_id=concurrency_id,
            show_progress=show_progress,
            root=root,
        )
        dependency.block_function.render_id = self.render_id

    def apply(self, *args: Any) -> None:
        """Run the user's function in a fresh scope; the result waits in `take_render_result()`."""
        scope = RenderScope(self)
        with scope:
            self.fn(*args)
        _last_result.set(scope)

    def __call__(self, *args: Any) -> Any:
        return self.fn(*args)


class RenderScope(BlockContext):
    """One run of a render function: a stand-in for the container, and a mini app.

    It has the container's id (the page replaces the container's children) and collects
    the blocks and listeners created during the run, as a `Blocks` root would.
    """

    def __init__(self, renderable: Renderable) -> None:
        self.renderable = renderable
        self.blocks: dict[int, Block] = {}
        """Blocks created by this run, by id."""
        self.fns: list[BlockFunction] = []
        """Listeners created by this run; their ids continue after the app's."""
        self.auto_created: set[int] = set()
        """Ids of wrapper blocks (forms) added when the run finished."""
        super().__init__(render=False)
        self._id = renderable.container.id

    def __enter__(self) -> RenderScope:
        self._outer_root = context._root.set(self)  # type: ignore[arg-type]
        context._stack.set((*context._stack.get(), self))
        return self

    def __exit__(self, *args: Any) -> None:
        before = set(self.blocks)
        self.fill_expected_parents()
        self.auto_created = set(self.blocks) - before
        context._stack.set(context._stack.get()[:-1])
        context._root.reset(self._outer_root)

    def id_for_key(self, key: Any) -> int:
        """The id of a keyed block: the one an earlier run gave this key, else a new one."""
        from gradio.blocks.block import next_id

        known = self.renderable.key_to_id.get(key)
        if known is None:
            known = self.renderable.key_to_id[key] = next_id()
        return known

    def next_fn_id(self) -> int:
        """The run-local id of the next listener: after the app's and this run's."""
        return len(self.renderable.root.fns) + len(self.fns)

    def unique_api_name(self, name: str) -> str:
        """Names unique across the app and this run."""
        taken = {fn.api_name for fn in [*self.renderable.root.fns, *self.fns]}
        if name == "false" or name not in taken:
            return name
        suffix = 1
        while f"{name}_{suffix}" in taken:
            suffix += 1
        return f"{name}_{suffix}"

    def config(self) -> dict[str, Any]:
        """The `render_config` of this run (protocol §6.6)."""
        from gradio.blocks.config import component_entry, layout_tree

        render_id = self.renderable.render_id
        components = [_marked(component_entry(self.renderable.container), render_id, False)]
        for block in self.blocks.values():
            rendered_in = block.id not in self.auto_created
            components.append(_marked(component_entry(block), render_id, rendered_in))
        layout = layout_tree(self)
        dependencies = [fn.get_config() for fn in self.fns]
        for dependency in dependencies:
            dependency["rendered_in"] = render_id
        return {
            "page": {
                "": {
                    "layout": {
                        "id": self.renderable.root.id,
                        "children": layout.get("children", []),
                    },
                    "components": [entry["id"] for entry in components],
                    "dependencies": [dep["id"] for dep in dependencies],
                }
            },
            "components": components,
            "dependencies": dependencies,
            "layout": layout,
            "render_id": render_id,
        }


def _marked(entry: dict[str, Any], render_id: int, rendered_in: bool) -> dict[str, Any]:
    """`entry` with `renderable` (and `rendered_in`) right after `key`, where Gradio puts them."""
    marked: dict[str, Any] = {}
    for name, value in entry.items():
        if name in ("renderable", "rendered_in"):
            continue
        marked[name] = value
        if name == "key":
            marked["renderable"] = render_id
            if rendered_in:
                marked["rendered_in"] = render_id
    return marked


def keep_for_session(blocks: Any, session_hash: str, scope: RenderScope) -> None:
    """Let `session_hash` call the listeners a render run made (renumbered app-wide)."""
    from gradio.blocks.functions import FunctionTable

    if isinstance(blocks.fns, FunctionTable):
        blocks.fns.keep_rendered(session_hash, scope.renderable.render_id, scope.fns)


def take_render_result() -> RenderScope | None:
    """The scope of the render function that just ran in this context (then forgotten)."""
    scope = _last_result.get()
    _last_result.set(None)
    return scope
