"""`gr.Examples`: sample inputs shown as a clickable table that fills the inputs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from gradio._types import ApiVisibility, Visibility
from gradio.blocks import context
from gradio.components.base import Component
from gradio.components.dataset import Dataset
from gradio.components.state import State


class Examples:
    """Example inputs under a set of components; clicking one loads it into them.

    Parameters:
        examples: rows of values (one per input), or single values for one input.
        inputs: the components the examples fill.
        outputs: components `fn` writes to (with `run_on_click`).
        fn: the function run after loading an example (with `run_on_click`).
        cache_examples: `True`: run `fn` on every example when the app launches and answer
            clicks from that cache; `"lazy"`: cache each example on its first click.
        cache_mode: `"lazy"` makes `cache_examples=True` lazy.
        examples_per_page: rows per page.
        _api_mode: internal.
        label: a heading above the table.
        elem_id: the HTML id of the table.
        run_on_click: also run `fn` when an example is clicked.
        preprocess: pass the example through the inputs' `preprocess` first.
        postprocess: pass `fn`'s results through the outputs' `postprocess`.
        api_visibility: visibility of the example-loading endpoint.
        api_name: name of the example-loading endpoint.
        api_description: its description.
        batch: `fn` takes lists of values.
        example_labels: labels shown instead of the examples.
        visible_columns: which input columns are shown.
        visible: whether the table is shown.
        preload: with eager caching, the example shown (inputs and cached outputs) when the
            page loads, unless an input has a value of its own; `False` for none.
    """

    def __init__(
        self,
        examples: list[Any] | list[list[Any]] | str,
        inputs: Component | Sequence[Component],
        outputs: Component | Sequence[Component] | None = None,
        fn: Callable[..., Any] | None = None,
        cache_examples: bool | Literal["lazy"] | None = None,
        cache_mode: Literal["eager", "lazy"] | None = None,
        examples_per_page: int = 10,
        _api_mode: bool = False,
        label: str | None = None,
        elem_id: str | None = None,
        run_on_click: bool = False,
        preprocess: bool = True,
        postprocess: bool = True,
        api_visibility: ApiVisibility = "undocumented",
        api_name: str | None = "load_example",
        api_description: str | Literal[False] | None = None,
        batch: bool = False,
        *,
        example_labels: list[str] | None = None,
        visible_columns: list[int] | None = None,
        visible: Visibility = True,
        preload: int | Literal[False] = 0,
    ) -> None:
        if isinstance(examples, str):
            raise ValueError(
                "Examples: loading examples from a directory is not supported; pass a list."
            )
        self.inputs = [inputs] if isinstance(inputs, Component) else list(inputs)
        """The components the examples fill."""
        self.outputs = (
            []
            if outputs is None
            else [outputs]
            if isinstance(outputs, Component)
            else list(outputs)
        )
        self.fn = fn
        self.examples = [row if isinstance(row, list) else [row] for row in examples]
        """The example rows (one value per input)."""
        for index, row in enumerate(self.examples):
            if len(row) != len(self.inputs):
                raise ValueError(
                    f"Examples: row {index} has {len(row)} values but there are {len(self.inputs)} inputs."
                )
        self.dataset = Dataset(
            components=self.inputs,
            samples=self.examples,
            headers=[c.label or "" for c in self.inputs]
            if any(c.label is not None for c in self.inputs)
            else None,
            type="tuple",
            label=label,
            samples_per_page=examples_per_page,
            elem_id=elem_id,
            visible=visible,
            sample_labels=example_labels,
        )
        """The table of examples."""
        # Imported here: asyncio and threading stay off the `import gradio` path.
        from gradio.components.example_cache import ExampleCache, resolve_cache_examples

        self.cache_examples = resolve_cache_examples(cache_examples, cache_mode)
        """`True` (eager), `"lazy"` or `False`."""
        self.cache: Any = None
        """The cached results, when caching."""
        if self.cache_examples:
            if fn is None or not self.outputs:
                raise ValueError("If caching examples, `fn` and `outputs` must be provided.")
            self.cache = ExampleCache(
                fn, self.inputs, self.examples, len(self.outputs), preprocess, batch
            )
            self._listen_cached(api_name, api_description, api_visibility, preload)
            return
        loaded = self.dataset.click(
            self.load_example,
            [self.dataset],
            self.inputs,
            api_name=api_name or "load_example",
            api_description=api_description,
            api_visibility=api_visibility,
            show_progress="hidden",
            queue=False,
            postprocess=True,
        )
        if run_on_click and fn is not None:
            loaded.then(
                fn,
                self.inputs,
                self.outputs,
                preprocess=preprocess,
                postprocess=postprocess,
                batch=batch,
            )

    def _listen_cached(
        self,
        api_name: str | None,
        api_description: str | Literal[False] | None,
        api_visibility: ApiVisibility,
        preload: int | Literal[False],
    ) -> None:
        """Gradio's listeners for cached examples: the inputs at once, then the outputs."""
        self.dataset.click(
            self.load_example_input,
            [self.dataset],
            self.inputs,
            show_progress="hidden",
            queue=False,
            api_visibility="undocumented",
        ).then(
            self.load_example_output,
            [self.dataset],
            self.outputs,
            api_name=api_name or "load_example",
            api_description=api_description,
            api_visibility=api_visibility,
        )
        root = context.current_root()
        if root is None or self.cache_examples == "lazy":
            return
        assert self.cache is not None
        root.startup_events.append(self.cache.fill)
        if preload is False or not self.examples or any(_has_value(c) for c in self.inputs):
            return
        preloaded = (preload, self.examples[preload])
        root.load(
            self.load_example_input,
            [State(preloaded)],
            self.inputs,
            show_progress="hidden",
            queue=False,
            api_visibility="undocumented",
        )
        root.load(
            self.load_example_output,
            [State(preloaded)],
            self.outputs,
            show_progress="hidden",
            api_visibility="undocumented",
        )

    # These three are event functions: the API lists them (undocumented) with their
    # docstring as description and their parameter name, so, as in Gradio, they have no
    # docstring and take `example_tuple` (the clicked row: `(index, values)`).

    def load_example_input(self, example_tuple: tuple[int, list[Any]] | None) -> Any:
        # The values of the clicked example, for the input components.
        return self.load_example(example_tuple)

    def load_example_output(self, example_tuple: tuple[int, list[Any]] | None) -> Any:
        # The cached results of the clicked example, for the output components.
        assert self.cache is not None
        if example_tuple is None:
            return [None] * len(self.outputs) if len(self.outputs) > 1 else None
        return self.cache.result(example_tuple[0])

    def load_example(self, example_tuple: tuple[int, list[Any]] | None) -> Any:
        # The values of the clicked example, for the input components.
        if example_tuple is None:
            return [None] * len(self.inputs) if len(self.inputs) > 1 else None
        _, row = example_tuple
        return tuple(row) if len(self.inputs) > 1 else row[0]


def _has_value(component: Component) -> bool:
    """Whether an input shows a value of its own (then no example is preloaded)."""
    return component.value not in (None, "", [], {})
