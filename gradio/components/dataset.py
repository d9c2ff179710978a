"""`Dataset`: a table of sample values; clicking one selects it (used by `gr.Examples`)."""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from typing import Any, Literal

from gradio._types import ElemClasses, Key, PreservedByKey, Visibility
from gradio.components.base import Component, mark_selectable
from gradio.components.shortcuts import component_from
from gradio.events.listener import EventListener
from gradio.exceptions import Error, InvalidValueError

# Gradio copies the arguments from the component's config, which has no `randomize`.
_NOT_CONSTRUCTOR_PROPS = frozenset({"self", "value", "every", "inputs", "render", "randomize"})


class Dataset(Component):
    """A clickable table of samples, each a row of values for `components`.

    Parameters:
        label: a label shown above the table.
        show_label: whether the label is shown.
        components: the components the samples are values of (or their shortcut names).
        component_props: constructor arguments of those components (default: theirs).
        samples: rows of sample values.
        headers: column headings.
        type: what a click passes: `"values"` (the row), `"index"` or `"tuple"` (both).
        layout: `"gallery"` or `"table"` (default: decided by the components).
        samples_per_page: rows per page.
        visible: `False` leaves it out of the page; `"hidden"` renders it invisibly.
        elem_id: the HTML id of the rendered element.
        elem_classes: CSS classes of the rendered element.
        render: whether to join the current `with` container now.
        key: identity across re-renders of `gr.render`.
        preserved_by_key: props kept across re-renders when the key matches.
        container: whether it sits in a padded box.
        scale: relative width in a `Row`.
        min_width: minimum width in pixels.
        proxy_url: accepted for compatibility.
        sample_labels: labels shown instead of the samples.
    """

    change = EventListener("change", "The selection changed.", trigger_mode="always_last")
    click = EventListener("click", "The user clicked a sample.")
    select = EventListener("select", "The user selected a sample.", callback=mark_selectable)

    def __init__(
        self,
        *,
        label: str | None = None,
        show_label: bool = True,
        components: Sequence[Component] | list[str] | None = None,
        component_props: list[dict[str, Any]] | None = None,
        samples: list[list[Any]] | None = None,
        headers: list[str] | None = None,
        type: Literal["values", "index", "tuple"] = "values",
        layout: Literal["gallery", "table"] | None = None,
        samples_per_page: int = 10,
        visible: Visibility = True,
        elem_id: str | None = None,
        elem_classes: ElemClasses = None,
        render: bool = True,
        key: Key = None,
        preserved_by_key: PreservedByKey = "value",
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        proxy_url: str | None = None,
        sample_labels: list[str] | None = None,
    ) -> None:
        if type not in ("values", "index", "tuple"):
            raise InvalidValueError(
                "Dataset", "type", f"{type!r} is not 'values', 'index' or 'tuple'"
            )
        self.members = [component_from(c, render=False) for c in components or []]
        """The components the samples are values of."""
        self.component_props = component_props or [constructor_props(c) for c in self.members]
        self.samples = [
            [m.as_example(v) for m, v in zip(self.members, row, strict=False)]
            for row in samples or []
        ]
        """The sample rows, as shown."""
        self.raw_samples = [list(row) for row in samples or []]
        """The sample rows, as given."""
        self.headers = list(headers or [])
        self.type = type
        self.layout = layout
        self.samples_per_page = samples_per_page
        self.proxy_url = proxy_url
        self.sample_labels = sample_labels
        super().__init__(
            label=label,
            show_label=show_label,
            container=container,
            scale=scale,
            min_width=min_width,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
        )
        self.value = None

    def get_config(self) -> dict[str, Any]:
        """Props, plus which component classes and ids the samples belong to."""
        props = super().get_config()
        props.pop("components", None)
        props["components"] = [
            {"name": m.get_block_name(), "class_id": type(m).get_component_class_id()}
            for m in self.members
        ]
        props["component_ids"] = [m.id for m in self.members]
        return props

    def preprocess(self, payload: Any) -> Any:
        """The clicked sample: its index, its row, or `(index, row)` as `type` says."""
        if payload is None:
            return None
        if isinstance(payload, bool) or not isinstance(payload, int):
            raise Error(f"Dataset expects the index of a sample, got {payload!r}.")
        if not 0 <= payload < len(self.raw_samples):
            raise Error(f"Dataset has no sample {payload}.")
        row = self.raw_samples[payload]
        if self.type == "index":
            return payload
        if self.type == "tuple":
            return payload, row
        return row

    def postprocess(self, value: Any) -> Any:
        """An index (or a `gr.update` of samples) as sent to the page."""
        return value

    def api_info(self) -> dict[str, Any]:
        return {"type": "integer", "description": "index of selected example"}

    def example_payload(self) -> int:
        return 0


def constructor_props(component: Component) -> dict[str, Any]:
    """The constructor arguments of `component` as it holds them (None values included)."""
    names = [
        name
        for name in inspect.signature(type(component).__init__).parameters
        if name not in _NOT_CONSTRUCTOR_PROPS
    ]
    return {name: _attribute(component, name) for name in names}


def _attribute(component: Component, name: str) -> Any:
    if name == "inputs":
        return None
    value = getattr(component, name, None)
    return None if callable(value) and not isinstance(value, type) else value
