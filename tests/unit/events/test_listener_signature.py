"""Every event listener, `.then()`/`.success()`/`.failure()` has the reference signature."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import gradio as gr
from gradio.components.base import Component
from gradio.events.listener import EventListener
from tests.unit.reference import MISSING, Param, listener_signature

COMPONENTS: list[type[Component]] = [
    gr.Textbox, gr.Number, gr.Slider, gr.Checkbox, gr.Dropdown, gr.Radio, gr.Image, gr.Audio,
    gr.Video, gr.File, gr.Chatbot, gr.Button, gr.Markdown, gr.State, gr.Timer, gr.JSON,
]  # fmt: skip


def params_of(fn: Any) -> list[Param]:
    params = inspect.signature(fn).parameters.values()
    return [
        Param(p.name, MISSING if p.default is inspect.Parameter.empty else p.default)
        for p in params
        if p.name != "self"
    ]


def every_event() -> list[tuple[type, str]]:
    return [(cls, event) for cls in COMPONENTS for event in cls.EVENTS]


@pytest.mark.parametrize(("cls", "event"), every_event(), ids=lambda v: getattr(v, "__name__", v))
def test_listener_signature_matches_the_reference(cls: type, event: str) -> None:
    with gr.Blocks():
        component = cls()
        listener = getattr(component, event)

    assert params_of(listener.__call__) == listener_signature()


@pytest.mark.parametrize("step", ["then", "success", "failure"])
def test_chained_steps_take_the_listener_signature(step: str) -> None:
    with gr.Blocks():
        dependency = gr.Button().click(lambda: None)

    assert params_of(getattr(dependency, step)) == listener_signature()


def test_the_class_attribute_is_the_descriptor_and_the_instance_attribute_a_listener() -> None:
    with gr.Blocks():
        button = gr.Button()

    assert isinstance(gr.Button.click, EventListener)
    assert button.click.block is button
    assert button.click.event_name == "click"
