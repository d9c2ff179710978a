"""`Blocks`: an app. Used as `with gr.Blocks() as demo:`; the root of the layout tree.

It owns every block created inside it (`blocks`, by id) and every listener (`fns`, by
`fn_index`). The config JSON (protocol §3) is built by `gradio/blocks/config.py`;
serving is `gradio/server/launch.py`'s job, reached through `launch()`/`close()`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from gradio.blocks.block import Block, BlockContext
from gradio.blocks.functions import FunctionTable
from gradio.events.listener import EventListener

if TYPE_CHECKING:
    from gradio.events.block_function import BlockFunction


class Blocks(BlockContext):
    """An app built from components, layouts and event listeners.

    Parameters:
        analytics_enabled: accepted for compatibility; radiogram sends no analytics.
        mode: what built the app (`"blocks"`, `"interface"`, `"chat_interface"`).
        title: the page title.
        fill_height: stretch the app to the full height of the page.
        fill_width: remove the side padding of the app.
        delete_cache: `(frequency, age)` in seconds for deleting cached files.
        kwargs: `theme`, `css`, `js`, `head` (Gradio 6 moved these to `launch()`; both
            places work).
    """

    load = EventListener("load", "Run a function each time the page is loaded.")

    def __init__(
        self,
        analytics_enabled: bool | None = None,
        mode: str = "blocks",
        title: str = "Gradio",
        fill_height: bool = False,
        fill_width: bool = False,
        delete_cache: tuple[int, int] | None = None,
        **kwargs: Any,
    ) -> None:
        self.blocks: dict[int, Block] = {}
        """Every block of the app by id (the root itself under its own id)."""
        self.fns: list[BlockFunction] = FunctionTable()
        """Every listener; index == `fn_index` == dependency id (see `FunctionTable`)."""
        self.renderables: list[Any] = []
        """The `@gr.render` functions of the app, by `render_id`."""
        self.startup_events: list[Callable[[], None]] = []
        """Run by `launch()` before serving (e.g. eager caching of examples)."""
        self.analytics_enabled = bool(analytics_enabled)
        self.mode = mode
        """What built the app: `"blocks"`, `"interface"` or `"chat_interface"`."""
        self.title = title
        """The page title."""
        self.fill_height = fill_height
        self.fill_width = fill_width
        self.delete_cache = delete_cache
        self.theme: Any = kwargs.pop("theme", None)
        """The theme (a `gr.themes.Base`, a theme name, or `None` for the default)."""
        self.css: str | None = kwargs.pop("css", None)
        """Custom CSS for the page."""
        self.js: str | None = kwargs.pop("js", None)
        """Custom JavaScript run when the page loads."""
        self.head: str | None = kwargs.pop("head", None)
        """Custom HTML added to the page head."""
        self.app_id = random.getrandbits(63)
        """A random id of this app instance (config `app_id`)."""
        self.max_size: int | None = None
        """Queue size limit (set by `queue()`)."""
        self.default_concurrency_limit: int | None = 1
        """Concurrency limit of listeners left at `"default"` (set by `queue()`)."""
        self.status_update_rate: float | Literal["auto"] = "auto"
        self.api_open: bool | None = None
        self.show_error = False
        """Whether errors' messages reach the page (set by `launch()`)."""
        self.max_file_size: int | None = None
        """Upload limit in bytes (set by `launch()`)."""
        self.server: Any = None
        """What `gradio/server/launch.py` returned, while the app is served."""
        super().__init__(render=False)
        self.blocks[self.id] = self

    def __exit__(self, *args: Any) -> None:
        from gradio.blocks import context

        is_root = context.current_root() is self
        super().__exit__(*args)
        if args[0] is not None:
            return
        outer = context.current_container()
        if not is_root and outer is not None:
            # an app built inside another one (e.g. an Interface in a Tab) is spliced in
            for child in list(self.children):
                outer.add_child(child)
            self.children = []
        elif is_root:
            self.attach_value_functions()

    def render(self) -> Blocks:
        """Put this app inside the one being built (e.g. an `Interface` in a `Tab`).

        Its layout is spliced into the current container and its blocks and listeners are
        moved to the outer app; listener ids (and the chains and cancels that refer to
        them) are renumbered after the outer app's, and api names de-duplicated.
        """
        from gradio.blocks import context

        root = context.current_root()
        container = context.current_container()
        if root is None or root is self or container is None:
            return self
        for child in list(self.children):
            container.add_child(child)
        self.children = []
        for block_id, block in self.blocks.items():
            if block is not self:
                root.blocks[block_id] = block
        new_ids = {fn.id: root.next_fn_id() + index for index, fn in enumerate(self.fns)}
        for fn in self.fns:
            fn.id = new_ids[fn.id]
            fn.concurrency_id = str(fn.id) if fn.concurrency_id.isdigit() else fn.concurrency_id
            fn.trigger_after = None if fn.trigger_after is None else new_ids[fn.trigger_after]
            fn.cancels = [new_ids.get(i, i) for i in fn.cancels]
            fn.targets = [(root.id if t == self.id else t, e) for t, e in fn.targets]
            fn.api_name = root.unique_api_name(fn.api_name)
            root.fns.append(fn)
        self.fns = []
        root.startup_events.extend(self.startup_events)
        self.startup_events = []
        return self

    def attach_value_functions(self) -> None:
        """Register the `load` (and timer) listeners of components whose value is a function.

        Gradio does this when the app's `with` block closes, after every other listener.
        """
        from gradio.events.listener import BoundListener, EventListener
        from gradio.events.on import register

        for block in list(self.blocks.values()):
            load_fn = getattr(block, "load_fn", None)
            if load_fn is None or getattr(block, "load_attached", False):
                continue
            block.load_attached = True  # type: ignore[attr-defined]
            timer = getattr(block, "timer", None)
            triggers: list[Any] = [BoundListener(self, EventListener("load"))]
            if timer is not None:
                triggers.insert(0, timer.tick)
            register(
                triggers,
                load_fn,
                getattr(block, "value_inputs", None),
                [block],
                show_progress="hidden" if timer is not None else "full",
                root=self,
            )

    def unload(self, fn: Callable[..., Any]) -> None:
        """Run `fn` (no arguments, result unused) when a visitor's page is closed.

        The listener is private (not part of the API), shows no progress and targets no
        block (`[null, "unload"]` in the config); it makes the page keep a heartbeat.

        Parameters:
            fn: what to run, e.g. to free the session's resources.
        """
        from gradio.events.on import register

        register(
            [(None, "unload")],
            fn,
            None,
            None,
            preprocess=False,
            postprocess=False,
            show_progress="hidden",
            api_visibility="private",
            root=self,
        )

    def next_fn_id(self) -> int:
        """The id (`fn_index`) the next listener gets."""
        return len(self.fns)

    def unique_api_name(self, name: str) -> str:
        """`name`, or `name_1`, `name_2`, ... whichever is not taken yet (`"false"` repeats)."""
        taken = {fn.api_name for fn in self.fns}
        if name == "false" or name not in taken:
            return name
        suffix = 1
        while f"{name}_{suffix}" in taken:
            suffix += 1
        return f"{name}_{suffix}"

    def get_config_file(self) -> dict[str, Any]:
        """The config JSON of protocol §3 (`root` is `""`; the server fills it per request)."""
        from gradio.blocks.config import build_config

        return build_config(self)

    @property
    def config(self) -> dict[str, Any]:
        """Same as `get_config_file()` (built fresh on each access)."""
        return self.get_config_file()

    def queue(
        self,
        status_update_rate: float | Literal["auto"] = "auto",
        api_open: bool | None = None,
        max_size: int | None = None,
        *,
        default_concurrency_limit: int | Literal["not_set"] | None = "not_set",
    ) -> Blocks:
        """Configure the queue (every app is queued; this sets its limits).

        Parameters:
            status_update_rate: accepted for compatibility.
            api_open: accepted for compatibility.
            max_size: the most events that may wait; `None` for no limit.
            default_concurrency_limit: the limit of listeners left at `"default"`.
        """
        self.status_update_rate = status_update_rate
        self.api_open = api_open
        self.max_size = max_size
        if default_concurrency_limit != "not_set":
            self.default_concurrency_limit = default_concurrency_limit
        return self

    def launch(self, *args: Any, **kwargs: Any) -> Any:
        """Serve the app (see `gradio.server.launch.launch` for the arguments)."""
        from gradio.server.launch import launch

        return launch(self, *args, **kwargs)

    def close(self, verbose: bool = True) -> None:
        """Stop serving the app.

        Parameters:
            verbose: accepted for compatibility.
        """
        from gradio.server.launch import close

        close(self)

    def integrate(self, *args: Any, **kwargs: Any) -> None:
        """Accepted for compatibility; does nothing."""

    def __repr__(self) -> str:
        return f"<gradio.Blocks {self.title!r}: {len(self.blocks) - 1} blocks, {len(self.fns)} fns>"
