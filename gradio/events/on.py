"""`gr.on` and `register`, the one place where listeners become dependencies.

Every listener (`btn.click(...)`, `demo.load(...)`, `.then(...)`, `gr.on(...)`) ends up
in `register`, which resolves the inputs, outputs and api name and appends a
`BlockFunction` to the app being built.

api names follow Gradio: the function's name (`lambda` for lambdas), de-duplicated with
`_1`, `_2`, ... (`greet`, `greet_1`); `js_fn` for front-end-only listeners; `unnamed`
for listeners with neither; `api_name=False` gives the string `"false"` and makes the
endpoint private.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from gradio._types import (
    ApiVisibility,
    BlocksArg,
    ComponentsArg,
    ConcurrencyLimit,
    Key,
    ShowProgress,
    Target,
    TriggerMode,
)
from gradio.blocks import context
from gradio.events.block_function import BlockFunction
from gradio.events.dependency import Cancels, Dependency
from gradio.events.listener import BoundListener, Listener
from gradio.events.signature import FnSignature
from gradio.exceptions import InvalidBlockError

if TYPE_CHECKING:
    from gradio.blocks.block import Block
    from gradio.blocks.blocks import Blocks
    from gradio.components.base import Component

Trigger: TypeAlias = Listener | tuple[None, str]
"""An event that triggers a listener: a bound listener (`btn.click`) or a chain step."""


def on(
    triggers: Sequence[Listener] | Listener | None = None,
    fn: Callable[..., Any] | Literal["decorator"] | None = "decorator",
    inputs: BlocksArg = None,
    outputs: BlocksArg = None,
    *,
    api_visibility: ApiVisibility = "public",
    api_name: str | Literal[False] | None = None,
    api_description: str | Literal[False] | None = None,
    scroll_to_output: bool = False,
    show_progress: ShowProgress = "full",
    show_progress_on: Component | Sequence[Component] | None = None,
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
    time_limit: int | None = None,
    stream_every: float = 0.5,
    key: Key = None,
    validator: Callable[..., Any] | None = None,
) -> Dependency:
    """Run `fn` when any of several events fires.

    Parameters:
        triggers: the events, e.g. `[btn.click, name.submit]`; `None` means "any input
            changes, and when the page loads".
        fn: the function to run (omitted: use `gr.on` as a decorator).
        inputs: components (or layouts, meaning all components inside) passed to `fn`.
        outputs: components updated with the return values.
        api_visibility: `"public"`, `"undocumented"` or `"private"`.
        api_name: the endpoint name (default: the function name); `False` hides it.
        api_description: endpoint description.
        scroll_to_output: scroll to the outputs when done.
        show_progress: how progress is shown on the outputs.
        show_progress_on: components that show progress instead of the outputs.
        queue: `False` runs it outside the queue.
        batch: `fn` takes and returns lists of values.
        max_batch_size: the largest batch gathered.
        preprocess: pass inputs through the components' `preprocess`.
        postprocess: pass return values through the components' `postprocess`.
        cancels: dependencies to cancel when an event fires.
        trigger_mode: what happens when an event fires while still pending.
        js: front-end code run before `fn` (or instead of it).
        concurrency_limit: maximum simultaneous runs.
        concurrency_id: listeners with one id share one limit.
        time_limit: seconds a streaming event may run.
        stream_every: seconds between chunks for streaming inputs.
        key: identity across re-renders of `gr.render`.
        validator: called with the inputs before `fn`; may reject them.
    """
    root = context.current_root()
    if triggers is None:
        trigger_list: list[Trigger] = [
            BoundListener(block, _event_of(block, "change"))
            for block in _blocks(inputs)
            if "change" in getattr(block, "EVENTS", ())
        ]
        if root is not None:
            trigger_list.append(BoundListener(root, _event_of(root, "load")))
        default_mode: TriggerMode = "always_last"
    else:
        bound: list[Listener] = (
            [triggers] if isinstance(triggers, BoundListener) else list(triggers)  # type: ignore[arg-type]
        )
        trigger_list = list(bound)
        modes = {getattr(getattr(t, "event", None), "trigger_mode", "once") for t in bound}
        default_mode = "always_last" if "always_last" in modes else "once"
    return register(
        trigger_list,
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
        trigger_mode=trigger_mode or default_mode,
        js=js,
        concurrency_limit=concurrency_limit,
        concurrency_id=concurrency_id,
        api_visibility=api_visibility,
        time_limit=time_limit,
        stream_every=stream_every,
        key=key,
        validator=validator,
        event_specific_args=[],
        root=root,
    )


def register(
    triggers: Sequence[Trigger],
    fn: Callable[..., Any] | Literal["decorator"] | None = "decorator",
    inputs: Any = None,
    outputs: Any = None,
    *,
    api_name: str | Literal[False] | None = None,
    api_description: str | Literal[False] | None = None,
    scroll_to_output: bool = False,
    show_progress: ShowProgress = "full",
    show_progress_on: Component | Sequence[Component] | None = None,
    queue: bool = True,
    batch: bool = False,
    max_batch_size: int = 4,
    preprocess: bool = True,
    postprocess: bool = True,
    cancels: Cancels = None,
    trigger_mode: TriggerMode = "once",
    js: str | Literal[True] | None = None,
    concurrency_limit: ConcurrencyLimit = "default",
    concurrency_id: str | None = None,
    api_visibility: ApiVisibility = "public",
    time_limit: float | None = None,
    stream_every: float = 0.5,
    key: Key = None,
    validator: Callable[..., Any] | None = None,
    trigger_after: int | None = None,
    trigger_only_on_success: bool = False,
    trigger_only_on_failure: bool = False,
    connection: str = "sse",
    event_specific_args: list[str] | None = None,
    root: Blocks | None = None,
) -> Dependency:
    """Append one dependency to the app being built and return its `Dependency`.

    `inputs`/`outputs` are typed `Any` here because listeners (components only) and
    `gr.on` (components or layouts) pass differently typed collections; `_blocks`
    checks every item at run time.
    """
    app = root or context.current_root()
    if app is None:
        name = triggers[0][1] if isinstance(triggers[0], tuple) else triggers[0].event_name
        raise InvalidBlockError(f"Cannot call {name}() outside of a gradio.Blocks context.")
    options = dict(locals())
    for local in ("app", "root", "triggers", "fn", "inputs", "outputs", "options"):
        options.pop(local, None)
    options.pop("name", None)
    if fn == "decorator":

        def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
            register(triggers, func, inputs, outputs, root=app, **options)
            return func

        return Dependency(app, None, decorate)

    input_blocks = _blocks(inputs)
    has_backend = fn is not None
    if not has_backend:
        queue = False
        api_visibility = "private"
    fn_id = app.next_fn_id()
    block_fn = BlockFunction(
        id=fn_id,
        fn=fn,
        inputs=input_blocks,
        outputs=_blocks(outputs),
        targets=[_target(trigger) for trigger in triggers],
        api_name=app.unique_api_name(_api_name(fn, js, cancels, api_name)),
        api_description=api_description,
        api_visibility="private" if api_name is False else api_visibility,
        queue=queue,
        batch=batch,
        max_batch_size=max_batch_size,
        preprocess=preprocess,
        postprocess=postprocess,
        cancels=_cancel_ids(cancels),
        concurrency_limit=concurrency_limit,
        concurrency_id=concurrency_id or "",
        time_limit=time_limit,
        stream_every=stream_every,
        trigger_after=trigger_after,
        trigger_only_on_success=trigger_only_on_success,
        trigger_only_on_failure=trigger_only_on_failure,
        trigger_mode=trigger_mode,
        show_progress=show_progress,
        show_progress_on=None if show_progress_on is None else _blocks(show_progress_on),
        scroll_to_output=scroll_to_output,
        js=js,
        inputs_as_dict=isinstance(inputs, (set, frozenset)),
        validator=validator,
        signature=FnSignature.of(fn, len(input_blocks)),
        connection=connection,
        event_specific_args=event_specific_args,
        key=key,
    )
    block_fn.collects_event_data = block_fn.signature.collects_event_data
    app.fns.append(block_fn)
    if block_fn.cancels:
        # Gradio registers the listener itself and, next to it, one that only cancels
        ids, block_fn.cancels = block_fn.cancels, []
        _register_cancel(app, block_fn, ids)
    return Dependency(app, fn_id)


def _register_cancel(app: Blocks, main: BlockFunction, ids: list[int]) -> None:
    """The front-end-only dependency that cancels `ids` when `main`'s events fire."""
    app.fns.append(
        BlockFunction(
            id=app.next_fn_id(),
            fn=None,
            inputs=[],
            outputs=[],
            targets=list(main.targets),
            api_name=app.unique_api_name("unnamed"),
            api_visibility="private",
            queue=False,
            cancels=ids,
            trigger_after=main.trigger_after,
            trigger_only_on_success=main.trigger_only_on_success,
            trigger_only_on_failure=main.trigger_only_on_failure,
        )
    )


def _api_name(
    fn: Callable[..., Any] | None,
    js: str | bool | None,
    cancels: Cancels,
    api_name: str | Literal[False] | None,
) -> str:
    if api_name is False:
        return "false"
    if api_name:
        return api_name.lstrip("/")
    if fn is None:
        return "js_fn" if js else "unnamed"
    name = getattr(fn, "__name__", None) or type(fn).__name__
    return "lambda" if name == "<lambda>" else name


def _target(trigger: Trigger) -> Target:
    if isinstance(trigger, tuple):
        return trigger
    block = trigger.block
    return (None if block is None else block.id, trigger.event_name)


def _cancel_ids(cancels: Cancels) -> list[int]:
    if cancels is None:
        return []
    items: Iterable[Any] = [cancels] if isinstance(cancels, dict) else cancels
    ids = [item.get("id") for item in items]
    return [i for i in ids if isinstance(i, int)]


def _blocks(value: BlocksArg | ComponentsArg) -> list[Block]:
    """Inputs/outputs as a list of blocks (a set is ordered by id)."""
    from gradio.blocks.block import Block

    if value is None:
        return []
    if isinstance(value, Block):
        items: Iterable[Any] = [value]
    elif isinstance(value, (set, frozenset)):
        items = sorted(value, key=lambda block: block.id)
    else:
        items = value
    result: list[Block] = []
    for item in items:
        if not isinstance(item, Block):
            raise TypeError(f"Expected a component, got {item!r}.")
        result.append(item)
    return result


def _event_of(block: Any, name: str) -> Any:
    from gradio.events.listener import EventListener

    for klass in type(block).__mro__:
        value = vars(klass).get(name)
        if isinstance(value, EventListener):
            return value
    return EventListener(name)
