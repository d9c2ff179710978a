"""`gr.Examples`: sample inputs shown as a clickable table that fills the inputs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from gradio._types import ApiVisibility, Visibility
from gradio.components.base import Component
from gradio.components.dataset import Dataset


class Examples:
    """Example inputs under a set of components; clicking one loads it into them.

    Parameters:
        examples: rows of values (one per input), or single values for one input.
        inputs: the components the examples fill.
        outputs: components `fn` writes to (with `run_on_click`).
        fn: the function run after loading an example (with `run_on_click`).
        cache_examples: accepted for compatibility; examples are not cached.
        cache_mode: accepted for compatibility.
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
        preload: accepted for compatibility.
    """

    def __init__(
        self,
        examples: list[Any] | list[list[Any]] | str,
        inputs: Component | Sequence[Component],
        outputs: Component | Sequence[Component] | None = None,
        fn: Callable[..., Any] | None = None,
        cache_examples: bool | None = None,
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

    def load_example(self, selected: tuple[int, list[Any]] | None) -> Any:
        """The values of the clicked example, for the input components."""
        if selected is None:
            return [None] * len(self.inputs) if len(self.inputs) > 1 else None
        _, row = selected
        return tuple(row) if len(self.inputs) > 1 else row[0]
