"""Every component constructor and its events match the Gradio API reference."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import gradio as gr
from tests.unit.reference import MISSING, Param, component_signatures, events_per_component

MINE = [name for name in component_signatures() if name != "HTML"]


def ours(cls: type) -> list[Param]:
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]  # type: ignore[misc]
    return [
        Param(p.name, MISSING if p.default is inspect.Parameter.empty else _comparable(p.default))
        for p in params
    ]


def _comparable(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool, tuple, list, type(None))):
        return value
    return repr(value)


@pytest.mark.parametrize("name", MINE)
def test_constructor_names_order_and_defaults_match_the_reference(name: str) -> None:
    reference = component_signatures()[name]

    assert ours(getattr(gr, name)) == reference


@pytest.mark.parametrize(
    "name", [n for n in events_per_component() if hasattr(gr, n) and n != "HTML"]
)
def test_component_supports_every_event_of_the_reference(name: str) -> None:
    expected = set(events_per_component()[name])

    assert expected <= set(getattr(gr, name).EVENTS)


def test_events_are_declared_in_source_as_descriptors() -> None:
    from gradio.events.listener import EventListener

    assert isinstance(vars(gr.Button)["click"], EventListener)
    assert isinstance(vars(gr.Textbox)["submit"], EventListener)
