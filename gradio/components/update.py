"""`gr.update` and `gr.skip`: return values that change props instead of (or with) values.

A listener may return `gr.update(visible=False)` for an output to change its props, or
`gr.update(value="x", label="Y")` to change both. `gr.skip()` leaves an output as it is.
On the wire both are dicts with `"__type__": "update"`; the run layer postprocesses a
`value` inside an update.
"""

from __future__ import annotations

from typing import Any

from gradio._types import ElemClasses, Visibility


def update(
    elem_id: str | None = None,
    elem_classes: ElemClasses = None,
    visible: Visibility | None = None,
    **kwargs: Any,
) -> dict[str, Any]:
    """Change props of an output component (only the ones given).

    Parameters:
        elem_id: a new HTML id.
        elem_classes: new CSS classes.
        visible: show or hide the component.
        kwargs: any constructor argument of the component, e.g. `value`, `label`,
            `interactive`, `choices`.
    """
    props: dict[str, Any] = {"__type__": "update"}
    if elem_id is not None:
        props["elem_id"] = elem_id
    if elem_classes is not None:
        props["elem_classes"] = [elem_classes] if isinstance(elem_classes, str) else elem_classes
    if visible is not None:
        props["visible"] = visible
    props.update(kwargs)
    return props


def skip() -> dict[str, Any]:
    """Leave an output unchanged."""
    return {"__type__": "update"}


def is_update(value: Any) -> bool:
    """Whether a returned value is a `gr.update(...)` / `gr.skip()` dict."""
    return isinstance(value, dict) and value.get("__type__") == "update"


def as_update(block: Any) -> dict[str, Any]:
    """A block returned by a listener, as the update it means (Gradio's rule).

    Only the arguments given to its constructor count, in their order, read back from
    the block as it normalised them (`choices=["a"]` → `[("a", "a")]`); `value` stays as
    given (the run layer postprocesses it like any update's value). For example
    `gr.Textbox(lines=8, visible=True)` → `{"lines": 8, "visible": True, "__type__": "update"}`.
    """
    props: dict[str, Any] = {}
    for name, given in getattr(block, "constructor_args", {}).items():
        if name in ("render", "key", "every", "inputs"):
            continue
        props[name] = given if name == "value" else getattr(block, name, given)
    if "value" in props:
        props["value"] = props.pop("value")  # last, as Gradio sends it
    props["__type__"] = "update"
    return props
