"""`BlockFunction`: one registered event listener (a "dependency" in the config).

Its index in `Blocks.fns` is its `id` and the `fn_index` used on the wire. The server's
run layer reads these fields; `get_config()` produces the dependency entry of the
config (protocol §3.4).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from gradio._types import ApiVisibility, ConcurrencyLimit, ShowProgress, Target, TriggerMode
from gradio.events.signature import FnSignature

if TYPE_CHECKING:
    from gradio.blocks.block import Block


@dataclass(kw_only=True, eq=False)
class BlockFunction:
    """One dependency: what runs, on which events, with which inputs and outputs."""

    id: int
    """Index in `Blocks.fns`; the wire `fn_index`."""
    fn: Callable[..., Any] | None
    """The Python function, or `None` for front-end-only listeners."""
    inputs: list[Block]
    """Input components, in argument order."""
    outputs: list[Block]
    """Output components, in return order."""
    targets: list[Target]
    """`(block id, event name)` pairs that trigger it; `(None, "then")` for chained steps."""
    api_name: str
    """Public endpoint name (no leading slash), already de-duplicated."""
    api_description: str | bool | None = None
    """Endpoint description (`False`: none)."""
    api_visibility: ApiVisibility = "public"
    """Whether `/info` lists it."""
    queue: bool = True
    """`False`: the page calls it through `/run/predict` instead of the queue."""
    batch: bool = False
    """Whether `fn` takes lists of values and returns lists."""
    max_batch_size: int = 4
    """The largest batch the queue gathers."""
    preprocess: bool = True
    """Whether input payloads go through the components' `preprocess`."""
    postprocess: bool = True
    """Whether return values go through the components' `postprocess`."""
    cancels: list[int] = field(default_factory=list)
    """Ids of the dependencies this one cancels."""
    concurrency_limit: ConcurrencyLimit = "default"
    """Maximum simultaneous runs (`"default"`: the `queue()` default; `None`: unlimited)."""
    concurrency_id: str = ""
    """Dependencies sharing an id share one concurrency limit (defaults to `str(id)`)."""
    time_limit: float | None = None
    """Seconds a streaming event may run."""
    stream_every: float = 0.5
    """Seconds between chunks for streaming inputs."""
    trigger_after: int | None = None
    """For `.then/.success/.failure`: the dependency this one follows."""
    trigger_only_on_success: bool = False
    """Run only when `trigger_after` succeeded."""
    trigger_only_on_failure: bool = False
    """Run only when `trigger_after` failed."""
    trigger_mode: TriggerMode = "once"
    """The page's policy when the event fires again while pending."""
    show_progress: ShowProgress = "full"
    """How progress is shown on the outputs."""
    show_progress_on: list[Block] | None = None
    """Blocks that show the progress instead of the outputs."""
    scroll_to_output: bool = False
    """Whether the page scrolls to the outputs when done."""
    js: str | bool | None = None
    """Front-end code run before (or instead of) `fn`."""
    is_generator: bool = False
    """Whether `fn` yields several results."""
    is_async: bool = False
    """Whether `fn` is a coroutine function or async generator."""
    collects_event_data: bool = False
    """Whether `fn` takes a `gr.EventData` argument."""
    inputs_as_dict: bool = False
    """`inputs` was given as a set: `fn` receives one dict `{component: value}`."""
    validator: Callable[..., Any] | None = None
    """Called with the inputs before `fn`; may reject them."""
    signature: FnSignature = field(default_factory=FnSignature)
    """The classified parameters of `fn`."""
    connection: str = "sse"
    """`"stream"` for streaming-input events, else `"sse"`."""
    event_specific_args: list[str] | None = None
    """Names of listener arguments specific to the event (e.g. `["stream_every"]`)."""
    rendered_in: int | None = None
    """Id of the `gr.render` block that created this listener."""
    render_id: int | None = None
    """For the function behind `gr.render`: its render id."""
    key: Any = None
    """Identity across re-renders of `gr.render`."""

    def __post_init__(self) -> None:
        if not self.concurrency_id:
            self.concurrency_id = str(self.id)
        if self.fn is not None:
            self.is_generator = _is_generator(self.fn)
            self.is_async = _is_async(self.fn)

    @property
    def backend_fn(self) -> bool:
        """Whether there is Python code to run on the server."""
        return self.fn is not None

    @property
    def name(self) -> str:
        """The function's `__name__` (for logs)."""
        return getattr(self.fn, "__name__", "fn")

    def get_config(self) -> dict[str, Any]:
        """The dependency entry of the config (protocol §3.4)."""
        return {
            "id": self.id,
            "targets": [list(target) for target in self.targets],
            "inputs": [block.id for block in self.inputs],
            "outputs": [block.id for block in self.outputs],
            "backend_fn": self.backend_fn,
            "js": self.js,
            "queue": self.queue,
            "api_name": self.api_name,
            "api_description": self.api_description,
            "scroll_to_output": self.scroll_to_output,
            "show_progress": self.show_progress,
            "show_progress_on": (
                None if self.show_progress_on is None else [b.id for b in self.show_progress_on]
            ),
            "batch": self.batch,
            "max_batch_size": self.max_batch_size,
            "cancels": list(self.cancels),
            "types": {"generator": self.is_generator, "cancel": bool(self.cancels) and not self.fn},
            "collects_event_data": self.collects_event_data,
            "trigger_after": self.trigger_after,
            "trigger_only_on_success": self.trigger_only_on_success,
            "trigger_only_on_failure": self.trigger_only_on_failure,
            "trigger_mode": self.trigger_mode,
            "api_visibility": self.api_visibility,
            "rendered_in": self.rendered_in,
            "render_id": self.render_id,
            "connection": self.connection,
            "time_limit": self.time_limit,
            "stream_every": self.stream_every,
            "event_specific_args": self.event_specific_args,
            "component_prop_inputs": [],
            "js_implementation": None,
        }


def _call_target(fn: Callable[..., Any]) -> Any:
    """The function to inspect: callable objects are judged by their `__call__`."""
    if inspect.isfunction(fn) or inspect.ismethod(fn) or not hasattr(fn, "__call__"):  # noqa: B004
        return fn
    inner = getattr(fn, "func", None)  # functools.partial
    return inner if inner is not None else fn.__call__


def _is_generator(fn: Callable[..., Any]) -> bool:
    target = _call_target(fn)
    return inspect.isgeneratorfunction(target) or inspect.isasyncgenfunction(target)


def _is_async(fn: Callable[..., Any]) -> bool:
    target = _call_target(fn)
    return inspect.iscoroutinefunction(target) or inspect.isasyncgenfunction(target)
