"""Registering listeners: api names, chains, cancels, decorators, gr.on and injected arguments."""

from __future__ import annotations

import pytest

import gradio as gr
from gradio.exceptions import InvalidBlockError


def echo(text: str) -> str:
    return text


def test_api_names_follow_the_function_and_are_made_unique() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.change(echo, box, box)
        box.submit(echo, box, box)
        box.input(lambda x: x, box, box)
        box.blur(lambda x: x, box, box)
        box.focus(echo, box, box, api_name="echo")

    assert [fn.api_name for fn in demo.fns] == ["echo", "echo_1", "lambda", "lambda_1", "echo_2"]


def test_api_name_false_is_the_string_false_and_private() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(echo, box, box, api_name=False)

    entry = demo.config["dependencies"][0]
    assert (entry["api_name"], entry["api_visibility"]) == ("false", "private")


def test_front_end_only_listeners_are_named_js_fn_and_not_queued() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(None, box, box, js="(x) => x.toUpperCase()")

    entry = demo.config["dependencies"][0]
    assert (entry["api_name"], entry["backend_fn"], entry["queue"]) == ("js_fn", False, False)


def test_change_listeners_default_to_always_last_and_clicks_to_once() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        button = gr.Button()
        box.change(echo, box, box)
        button.click(echo, box, box)

    assert [fn.trigger_mode for fn in demo.fns] == ["always_last", "once"]


def test_then_success_and_failure_chain_on_the_previous_step() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        first = gr.Button().click(echo, box, box)
        first.then(echo, box, box).success(echo, box, box).failure(echo, box, box)

    steps = demo.config["dependencies"][1:]
    assert [s["targets"] for s in steps] == [
        [[None, "then"]],
        [[None, "success"]],
        [[None, "failure"]],
    ]
    assert [s["trigger_after"] for s in steps] == [0, 1, 2]
    assert [s["trigger_only_on_success"] for s in steps] == [False, True, False]
    assert [s["trigger_only_on_failure"] for s in steps] == [False, False, True]


def test_cancels_are_registered_as_a_separate_cancel_only_listener() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        run = gr.Button("Run").click(echo, box, box)
        gr.Button("Stop").click(None, None, None, cancels=[run])

    stop, cancel = demo.config["dependencies"][1:]
    assert (stop["api_name"], stop["cancels"], stop["types"]["cancel"]) == ("unnamed", [], False)
    assert (cancel["api_name"], cancel["cancels"], cancel["types"]["cancel"]) == (
        "unnamed_1",
        [0],
        True,
    )


def test_decorator_form_registers_and_returns_the_function() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()

        @box.submit(inputs=box, outputs=box)
        def shout(text: str) -> str:
            return text.upper()

    assert shout("a") == "A"
    assert demo.fns[0].fn is shout


def test_gr_on_with_several_triggers_and_without_triggers() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        button = gr.Button()
        gr.on([button.click, box.submit], echo, box, box)
        gr.on(None, echo, box, box)

    first, second = demo.config["dependencies"]
    assert first["targets"] == [[button.id, "click"], [box.id, "submit"]]
    assert second["targets"] == [[box.id, "change"], [demo.id, "load"]]
    assert second["trigger_mode"] == "always_last"


def test_generators_are_marked_in_the_config() -> None:
    def count(text: str):  # type: ignore[no-untyped-def]
        yield from text

    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(count, box, box)

    assert demo.config["dependencies"][0]["types"]["generator"] is True


def test_event_data_request_and_progress_arguments_are_not_inputs() -> None:
    def pick(
        text: str, evt: gr.SelectData, request: gr.Request, progress: gr.Progress = gr.Progress()
    ) -> str:
        return text

    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.select(pick, box, box)

    fn = demo.fns[0]
    assert fn.signature.input_names == ["text"]
    assert {p: s.kind for p, s in fn.signature.special.items()} == {
        1: "event_data",
        2: "request",
        3: "progress",
    }
    assert fn.signature.special[1].cls is gr.SelectData
    assert demo.config["dependencies"][0]["collects_event_data"] is True
    entry = next(c for c in demo.config["components"] if c["id"] == box.id)
    assert entry["props"]["_selectable"] is True


def test_inputs_given_as_a_set_are_passed_as_one_dict() -> None:
    with gr.Blocks() as demo:
        a, b = gr.Textbox(), gr.Textbox()
        gr.Button().click(lambda values: "", {b, a}, a)

    assert demo.fns[0].inputs_as_dict is True
    assert [c.id for c in demo.fns[0].inputs] == sorted([a.id, b.id])


def test_registering_outside_blocks_is_an_error() -> None:
    button = gr.Button(render=False)

    with pytest.raises(InvalidBlockError, match=r"outside of a gradio\.Blocks"):
        button.click(echo)


def test_load_listens_on_the_app_itself() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        demo.load(lambda: "hi", None, box)

    assert demo.config["dependencies"][0]["targets"] == [[demo.id, "load"]]


def test_update_and_skip_are_update_dicts() -> None:
    assert gr.update(visible=False, value="x") == {
        "__type__": "update",
        "visible": False,
        "value": "x",
    }
    assert gr.skip() == {"__type__": "update"}
