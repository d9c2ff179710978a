"""Cached outputs of `gr.Examples`: the function's results for each example, computed once.

`cache_examples=True` computes every example when the app launches ("eager");
`"lazy"` (or `cache_mode="lazy"`) computes an example the first time anyone clicks it.
Either way a click is then answered from memory. Results are kept as the function
returned them and go through the outputs' `postprocess` when served, like any result.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from gradio.components.base import Component

CacheExamples = bool | Literal["lazy"]


def resolve_cache_examples(
    cache_examples: bool | Literal["lazy"] | None, cache_mode: Literal["eager", "lazy"] | None
) -> CacheExamples:
    """`True`, `"lazy"` or `False`, with Gradio's environment defaults.

    Parameters:
        cache_examples: the argument (`None`: `GRADIO_CACHE_EXAMPLES`, `"true"`/`"lazy"`).
        cache_mode: the argument (`None`: `GRADIO_CACHE_MODE`, else eager).
    """
    if cache_examples is None:
        cache_examples = os.environ.get("GRADIO_CACHE_EXAMPLES", "").lower() in ("true", "lazy")
    if cache_mode is None:
        mode = os.environ.get("GRADIO_CACHE_MODE", "").lower()
        if mode and mode not in ("eager", "lazy"):
            raise ValueError(
                "The `GRADIO_CACHE_MODE` environment variable must be 'eager' or 'lazy'."
            )
        cache_mode = "lazy" if mode == "lazy" else None
    if cache_examples and (cache_mode == "lazy" or cache_examples == "lazy"):
        return "lazy"
    return bool(cache_examples)


class ExampleCache:
    """The function's results for each example row, filled eagerly or on first use.

    Parameters:
        fn: the examples' function.
        inputs: the input components (for `preprocess`).
        rows: the example rows, one value per input.
        n_outputs: how many outputs `fn` has.
        preprocess: run each example value through its input's `postprocess` and
            `preprocess`, as a value typed by a user would be.
        batch: `fn` takes and returns lists.
    """

    def __init__(
        self,
        fn: Callable[..., Any],
        inputs: Sequence[Component],
        rows: list[list[Any]],
        n_outputs: int,
        preprocess: bool = True,
        batch: bool = False,
    ) -> None:
        self.fn = fn
        self.inputs = list(inputs)
        self.rows = rows
        self.n_outputs = n_outputs
        self.preprocess = preprocess
        self.batch = batch
        self.results: dict[int, Any] = {}
        """What `fn` returned, by example index."""
        self._locks = [threading.Lock() for _ in rows]

    def fill(self) -> None:
        """Compute every example that is not cached yet (eager caching at launch)."""
        for index in range(len(self.rows)):
            self.result(index)

    def result(self, index: int) -> Any:
        """The cached result of example `index`, computed now if needed (once)."""
        if index in self.results:
            return self.results[index]
        with self._locks[index]:
            if index not in self.results:
                self.results[index] = self._compute(self.rows[index])
        return self.results[index]

    def _compute(self, row: list[Any]) -> Any:
        values = [
            component.preprocess(component.postprocess(value)) if self.preprocess else value
            for component, value in zip(self.inputs, row, strict=True)
        ]
        if self.batch:
            values = [[value] for value in values]
        result = _call(self.fn, values)
        if self.batch:
            columns = list(result) if self.n_outputs > 1 else [result]
            firsts = [column[0] for column in columns]
            return firsts[0] if self.n_outputs == 1 else tuple(firsts)
        return result


def _call(fn: Callable[..., Any], values: list[Any]) -> Any:
    """Call `fn` (plain, async, generator or async generator) and return its last result."""
    if inspect.isasyncgenfunction(fn):
        return asyncio.run(_last_async(fn, values))
    if inspect.iscoroutinefunction(fn):
        return asyncio.run(fn(*values))
    if inspect.isgeneratorfunction(fn):
        last = None
        for value in fn(*values):
            last = value
        return last
    return fn(*values)


async def _last_async(fn: Callable[..., Any], values: list[Any]) -> Any:
    last = None
    async for value in fn(*values):
        last = value
    return last
