"""What an event function's parameters mean, worked out once when it is registered.

Positional parameters receive the input components' values in order. Some parameters
are not inputs but injected by the run layer instead, recognised as Gradio does:

* a default that is a `gr.Progress()` instance → a progress tracker (`"progress"`);
* an annotation `gr.Request` → the HTTP request (`"request"`);
* an annotation that is `gr.EventData` or a subclass (`gr.SelectData`, ...) → the
  event payload sent by the page (`"event_data"`).

Example: `def f(text, evt: gr.SelectData, progress=gr.Progress())` with one input gives
`input_names == ["text"]` and `special == {1: event_data(SelectData), 2: progress}`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

SpecialKind = Literal["progress", "request", "event_data"]

NO_DEFAULT: Any = inspect.Parameter.empty
"""Marks an input parameter without a default in `FnSignature.input_defaults`."""


@dataclass(slots=True)
class SpecialArg:
    """One injected (non-input) argument of an event function."""

    kind: SpecialKind
    """What to inject."""
    cls: type | None = None
    """For `"event_data"`: the `EventData` subclass to build."""
    default: Any = None
    """For `"progress"`: the `gr.Progress` default the user wrote (carries `track_tqdm`)."""


@dataclass(slots=True)
class FnSignature:
    """The parameters of one event function, classified."""

    input_names: list[str] = field(default_factory=list)
    """Python parameter names aligned with the dependency's `inputs`."""
    input_defaults: list[Any] = field(default_factory=list)
    """Their defaults (`NO_DEFAULT` when none)."""
    special: dict[int, SpecialArg] = field(default_factory=dict)
    """Argument position → what to inject there."""

    @property
    def collects_event_data(self) -> bool:
        """Whether the function takes a `gr.EventData` argument."""
        return any(arg.kind == "event_data" for arg in self.special.values())

    @classmethod
    def of(cls, fn: Callable[..., Any] | None, n_inputs: int) -> FnSignature:
        """Classify the parameters of `fn`, which receives `n_inputs` component values."""
        sig = cls()
        if fn is None:
            return sig
        try:
            params = list(inspect.signature(fn).parameters.values())
        except (TypeError, ValueError):
            params = []
        hints = _annotations(fn)
        for position, param in enumerate(params):
            special = _special(param, hints.get(param.name, param.annotation))
            if special is not None:
                sig.special[position] = special
            elif param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                continue
            else:
                sig.input_names.append(param.name)
                sig.input_defaults.append(param.default)
        while len(sig.input_names) < n_inputs:
            sig.input_names.append(f"param_{len(sig.input_names)}")
            sig.input_defaults.append(NO_DEFAULT)
        return sig


def _annotations(fn: Callable[..., Any]) -> dict[str, Any]:
    target = fn if inspect.isfunction(fn) or inspect.ismethod(fn) else getattr(fn, "__call__", fn)  # noqa: B004
    try:
        import typing

        return typing.get_type_hints(target)
    except Exception:  # unresolvable string annotations: fall back to names below
        return dict(getattr(target, "__annotations__", {}) or {})


def _special(param: inspect.Parameter, annotation: Any) -> SpecialArg | None:
    from gradio.events.event_data import EventData
    from gradio.events.progress import Progress
    from gradio.events.request import Request

    if isinstance(param.default, Progress):
        return SpecialArg("progress", default=param.default)
    if isinstance(annotation, str):
        name = annotation.rsplit(".", 1)[-1].strip("'\"")
        if name == "Request":
            return SpecialArg("request")
        from gradio.events import event_data

        found = getattr(event_data, name, None)
        if isinstance(found, type) and issubclass(found, EventData):
            return SpecialArg("event_data", cls=found)
        return None
    if annotation is Request:
        return SpecialArg("request")
    if isinstance(annotation, type) and issubclass(annotation, EventData):
        return SpecialArg("event_data", cls=annotation)
    return None
