"""`Interface`: an app built around one function, from its inputs and outputs.

The layout is Gradio's: a row with an input column (inputs, then Clear and Submit) and
an output column (outputs, then Flag). Component shortcuts (`"text"`, `"image"`, ...)
are resolved by `gradio/components/shortcuts.py`. Ids follow creation order: the
`Blocks` first, then the input and output components, then the layout around them.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import Any, Literal

from gradio._types import ApiVisibility, ConcurrencyLimit, ShowProgress
from gradio.blocks.blocks import Blocks
from gradio.components.base import Component
from gradio.components.button import Button
from gradio.components.clear_button import ClearButton
from gradio.components.markdown import Markdown
from gradio.components.shortcuts import component_from
from gradio.components.state import State
from gradio.components.update import update
from gradio.events.dependency import Dependency
from gradio.events.on import on
from gradio.layouts.accordion import Accordion
from gradio.layouts.column import Column
from gradio.layouts.row import Row

ComponentsSpec = str | Component | Sequence[str | Component] | None

_CLEAR_INPUT_COLUMN_JS = (
    '() => [{"variant": null, "visible": true, "__type__": "update"}]\n            '
)
"""What Gradio's Clear also does: restore the input column (same text, same whitespace)."""


class Interface(Blocks):
    """A complete app for one function: input components, output components, buttons.

    Parameters:
        fn: the function to wrap; it receives one argument per input.
        inputs: input components, shortcut names (`"text"`), or a list of them.
        outputs: output components, shortcut names, or a list of them.
        examples: sample inputs shown below the inputs (a list of rows).
        cache_examples: `True`: compute the examples' outputs at launch and show them when
            an example is clicked; `"lazy"`: compute each on its first click.
        cache_mode: `"lazy"` makes `cache_examples=True` lazy.
        examples_per_page: examples per page of the examples table.
        example_labels: labels shown instead of the example values.
        preload_example: with eager caching, the example shown when the page loads.
        live: run on every change instead of on Submit.
        title: a heading shown above the app (also the page title).
        description: Markdown shown under the title.
        article: Markdown shown below the app.
        flagging_mode: `"manual"` (a Flag button, the default), `"auto"` or `"never"`.
        flagging_options: labels of several Flag buttons.
        flagging_dir: where flagged samples are written (`dataset1.csv`).
        flagging_callback: what saves flagged samples (default: a `gradio.flagging.CSVLogger`).
        analytics_enabled: accepted for compatibility.
        batch: `fn` takes and returns lists of values.
        max_batch_size: the largest batch gathered.
        api_visibility: visibility of the main endpoint.
        api_name: the endpoint name (default: the function name).
        api_description: endpoint description.
        _api_mode: internal.
        allow_duplication: accepted for compatibility.
        concurrency_limit: maximum simultaneous runs of `fn`.
        additional_inputs: inputs shown in an accordion under the main inputs.
        additional_inputs_accordion: the accordion's label or an `Accordion`.
        submit_btn: the Submit button's label or a `Button`.
        stop_btn: the Stop button's label or a `Button` (for generators).
        clear_btn: the Clear button's label or a `Button`; `None` hides it.
        delete_cache: `(frequency, age)` for deleting cached files.
        show_progress: how progress is shown on the outputs.
        fill_width: remove the side padding of the app.
        time_limit: seconds a streaming run may take.
        stream_every: seconds between chunks for streaming inputs.
        deep_link: accepted for compatibility.
        validator: called with the inputs before `fn`; may reject them.
        kwargs: passed to `Blocks` (`theme`, `css`, `js`, `head`).
    """

    def __init__(
        self,
        fn: Callable[..., Any],
        inputs: ComponentsSpec,
        outputs: ComponentsSpec,
        examples: list[Any] | list[list[Any]] | str | None = None,
        *,
        cache_examples: bool | Literal["lazy"] | None = None,
        cache_mode: Literal["eager", "lazy"] | None = None,
        examples_per_page: int = 10,
        example_labels: list[str] | None = None,
        preload_example: int | Literal[False] = 0,
        live: bool = False,
        title: str | None = None,
        description: str | None = None,
        article: str | None = None,
        flagging_mode: Literal["never", "auto", "manual"] | None = None,
        flagging_options: list[str] | list[tuple[str, str]] | None = None,
        flagging_dir: str = ".gradio/flagged",
        flagging_callback: Any = None,
        analytics_enabled: bool | None = None,
        batch: bool = False,
        max_batch_size: int = 4,
        api_visibility: ApiVisibility = "public",
        api_name: str | None = None,
        api_description: str | Literal[False] | None = None,
        _api_mode: bool = False,
        allow_duplication: bool = False,
        concurrency_limit: ConcurrencyLimit = "default",
        additional_inputs: ComponentsSpec = None,
        additional_inputs_accordion: Any = None,
        submit_btn: str | Button = "Submit",
        stop_btn: str | Button = "Stop",
        clear_btn: str | Button | None = "Clear",
        delete_cache: tuple[int, int] | None = None,
        show_progress: ShowProgress = "full",
        fill_width: bool = False,
        time_limit: int | None = 30,
        stream_every: float = 0.5,
        deep_link: Any = None,
        validator: Callable[..., Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            analytics_enabled=analytics_enabled,
            mode="interface",
            title=title or "Gradio",
            fill_width=fill_width,
            delete_cache=delete_cache,
            **kwargs,
        )
        self.fn = fn
        """The wrapped function."""
        self.live = live
        self.interface_title = title
        self.description = description
        self.article = article
        self.examples = examples
        self.examples_per_page = examples_per_page
        self.example_labels = example_labels
        self.flagging_mode = _flagging_mode(flagging_mode)
        """`"manual"` (Flag buttons), `"auto"` (every submit is saved) or `"never"`."""
        self.flagging_dir = flagging_dir
        """Where flagged samples are saved."""
        self.flagging_callback: Any = None
        """What saves them (a `gradio.flagging.CSVLogger` unless one is given)."""
        self.flagging_options: list[tuple[str, str | None]] = []
        """`(label, value)` per Flag button."""
        if self.flagging_mode != "never":
            from gradio.flagging import CSVLogger, flagging_options_of

            self.flagging_options = flagging_options_of(flagging_options)
            self.flagging_callback = flagging_callback or CSVLogger()
        self.batch = batch
        self.max_batch_size = max_batch_size
        self.api_visibility: ApiVisibility = api_visibility
        self.api_name_given = api_name
        self.api_description = api_description
        self.concurrency_limit: ConcurrencyLimit = concurrency_limit
        self.show_progress: ShowProgress = show_progress
        self.time_limit = time_limit
        self.stream_every = stream_every
        self.validator = validator
        main_inputs = _components(inputs)
        self.input_components = main_inputs + _components(additional_inputs)
        """The input components, in argument order."""
        self.output_components = _components(outputs)
        """The output components, in return order."""
        self.main_input_count = len(main_inputs)
        self.additional_inputs_accordion = additional_inputs_accordion
        self._label_components(fn)
        with self:
            self._build(submit_btn, stop_btn, clear_btn)
            if examples is not None:
                from gradio.components.examples import Examples

                Examples(
                    examples,
                    self.input_components,
                    self.output_components,
                    fn,
                    cache_examples=cache_examples,
                    cache_mode=cache_mode,
                    examples_per_page=examples_per_page,
                    example_labels=example_labels,
                    batch=batch,
                    preload=preload_example,
                )

    def _label_components(self, fn: Callable[..., Any]) -> None:
        try:
            names = [
                p.name
                for p in inspect.signature(fn).parameters.values()
                if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
            ]
        except (TypeError, ValueError):
            names = []
        for index, component in enumerate(self.input_components):
            if getattr(component, "label", None) is None and index < len(names):
                component.label = names[index]
        for index, component in enumerate(self.output_components):
            if getattr(component, "label", None) is None:
                component.label = (
                    "output" if len(self.output_components) == 1 else f"output {index}"
                )
            if component.interactive is None:
                component.interactive = False

    def _build(
        self, submit_label: str | Button, stop_label: str | Button, clear_label: str | Button | None
    ) -> None:
        if self.interface_title:
            Markdown(
                f"<h1 style='text-align: center; margin-bottom: 1rem'>{self.interface_title}</h1>"
            )
        if self.description:
            Markdown(self.description)
        with Row():
            with Column():
                with Column() as input_column:
                    for component in self.input_components[: self.main_input_count]:
                        component.render()
                    extra = self.input_components[self.main_input_count :]
                    if extra:
                        accordion = self.additional_inputs_accordion
                        if not isinstance(accordion, Accordion):
                            accordion = Accordion(accordion or "Additional Inputs", open=False)
                        with accordion:
                            for component in extra:
                                component.render()
                with Row():
                    clear = _button(clear_label, ClearButton) if clear_label is not None else None
                    submit = None if self.live else _button(submit_label, Button, variant="primary")
                    stop = (
                        _button(stop_label, Button, variant="stop", visible=False)
                        if submit is not None and _is_generator(self.fn)
                        else None
                    )
            with Column():
                for component in self.output_components:
                    component.render()
                with Row():
                    flags = (
                        [Button(label) for label, _ in self.flagging_options]
                        if self.flagging_mode == "manual"
                        else []
                    )
        if self.article:
            Markdown(self.article)
        submitted = self._attach_submit(submit, stop)
        if clear is not None:
            self._attach_clear(clear, input_column)
        if self.flagging_callback is not None:
            self.flagging_callback.setup(
                self.input_components + self.output_components, self.flagging_dir
            )
        if self.flagging_mode == "auto":
            self._attach_auto_flag(submitted)
        for flag, (label, value) in zip(flags, self.flagging_options, strict=False):
            self._attach_flag(flag, label, value, clear)

    def _attach_submit(self, submit: Button | None, stop: Button | None) -> Dependency:
        stateless_inputs = [c for c in self.input_components if not isinstance(c, State)]
        if submit is None:
            triggers = [c.change for c in stateless_inputs if "change" in c.EVENTS]  # type: ignore[attr-defined]
        else:
            triggers = [submit.click] + [
                c.submit  # type: ignore[attr-defined]
                for c in stateless_inputs
                if "submit" in c.EVENTS
            ]
        options: dict[str, Any] = {
            "api_name": self.api_name_given or _fn_name(self.fn),
            "api_description": self.api_description,
            "api_visibility": self.api_visibility,
            "scroll_to_output": not self.live,
            "show_progress": self.show_progress,
            "batch": self.batch,
            "max_batch_size": self.max_batch_size,
            "concurrency_limit": self.concurrency_limit,
            "time_limit": self.time_limit if self.live else None,
            "validator": self.validator,
        }
        if stop is None or submit is None:
            return on(
                triggers,
                self.fn,
                self.input_components,
                self.output_components,
                trigger_mode="always_last" if self.live else None,
                **options,
            )
        # a generator: Submit turns into Stop while it runs, and Stop cancels it
        buttons = [submit, stop]
        hidden: dict[str, Any] = {"queue": False, "api_visibility": "undocumented"}
        running = on(
            triggers, lambda: (update(visible=False), update(visible=True)), [], buttons, **hidden
        )
        generating = running.then(self.fn, self.input_components, self.output_components, **options)
        generating.then(cleanup, [], buttons, **hidden)
        stop.click(cleanup, [], buttons, cancels=[generating], **hidden)
        return generating

    def _attach_clear(self, clear: Button, input_column: Column) -> None:
        from gradio.events.on import register

        if isinstance(clear, ClearButton):
            clear.add(self.input_components + self.output_components)
        register([clear.click], None, [], [input_column], js=_CLEAR_INPUT_COLUMN_JS)

    def _attach_flag(
        self, flag: Button, label: str, value: str | None, clear: Button | None
    ) -> None:
        """A Flag button: "Saving...", the sample saved as sent, then its label again."""
        from gradio.flagging import FlagMethod

        method = FlagMethod(self.flagging_callback, label, value)
        hidden: dict[str, Any] = {"queue": False, "api_visibility": "undocumented"}
        flag.click(lambda: update(value="Saving...", interactive=False), None, flag, **hidden)
        flag.click(
            method,
            self.input_components + self.output_components,
            flag,
            preprocess=False,
            **hidden,
        )
        if clear is not None:
            clear.click(method.reset, None, flag, **hidden)

    def _attach_auto_flag(self, submitted: Dependency) -> None:
        """`flagging_mode="auto"`: every successful submit is saved, silently."""
        from gradio.flagging import FlagMethod

        submitted.success(
            FlagMethod(self.flagging_callback, "", None, visual_feedback=False),
            self.input_components + self.output_components,
            None,
            preprocess=False,
            queue=False,
            api_visibility="undocumented",
        )


def cleanup() -> tuple[dict[str, Any], dict[str, Any]]:
    """Show Submit again and hide Stop (Gradio's listener is named `cleanup`)."""
    return update(visible=True), update(visible=False)


def _is_generator(fn: Callable[..., Any]) -> bool:
    return inspect.isgeneratorfunction(fn) or inspect.isasyncgenfunction(fn)


def _flagging_mode(mode: str | None) -> str:
    """The flagging mode given, else `GRADIO_FLAGGING_MODE`, else `"manual"`."""
    import os

    chosen = mode if mode is not None else os.environ.get("GRADIO_FLAGGING_MODE", "manual")
    if chosen not in ("manual", "never", "auto"):
        raise ValueError(
            "Invalid value for `flagging_mode` parameter.Must be: 'auto', 'manual', or 'never'."
        )
    return chosen


def _fn_name(fn: Callable[..., Any]) -> str:
    name = getattr(fn, "__name__", None) or "predict"
    return "lambda" if name == "<lambda>" else name


def _components(spec: ComponentsSpec) -> list[Component]:
    if spec is None:
        return []
    items = [spec] if isinstance(spec, (str, Component)) else list(spec)
    return [component_from(item, render=False) for item in items]


def _button(label: str | Button, cls: type[Button], **kwargs: Any) -> Button:
    if isinstance(label, Button):
        return label.render()
    return cls(value=label, **kwargs)
