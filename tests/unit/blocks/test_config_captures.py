"""The config of the captured demo apps matches Gradio 6.31 field for field."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import gradio as gr
from tests.unit.captures import differences, load_capture, load_fixture, normalized


def greet(name: str) -> str:
    return "Hello " + name + "!"


def add(x: float, y: float, hist: list[float]) -> tuple[float, list[float]]:
    return x + y, [*hist, x + y]


def show_hist(hist: list[float]) -> str:
    return str(hist)


def upper(s: str) -> str:
    return s.upper()


def double(s: str) -> str:
    return s * 2


def build_two_buttons_app() -> gr.Blocks:
    with gr.Blocks(title="two buttons") as demo:
        hist = gr.State([])
        with gr.Row():
            a = gr.Number(1, label="a")
            b = gr.Number(2, label="b")
        total = gr.Number(label="sum")
        history = gr.Textbox(label="history")
        text = gr.Textbox(label="text")
        out = gr.Textbox(label="out")
        add_btn = gr.Button("Add")
        upper_btn = gr.Button("Upper")
        add_btn.click(add, [a, b, hist], [total, hist]).then(show_hist, hist, history)
        upper_btn.click(upper, text, out).then(double, out, out)
        text.submit(upper, text, out, api_name=False)
    return demo


def test_interface_greet_config_matches_the_capture() -> None:
    demo = gr.Interface(fn=greet, inputs="text", outputs="text")

    ours = normalized(demo.get_config_file())
    captured = normalized(load_capture("a_greet.config.json"))

    assert differences(ours, captured) == []


def test_blocks_with_state_and_then_chains_config_matches_the_capture() -> None:
    demo = build_two_buttons_app()

    ours = normalized(demo.get_config_file())
    captured = normalized(load_capture("b_blocks.config.json"))

    assert differences(ours, captured) == []


def test_config_root_is_left_empty_for_the_server_to_fill() -> None:
    demo = build_two_buttons_app()

    config = demo.config

    assert config["root"] == ""
    assert "username" not in config


def test_components_are_listed_in_the_order_they_joined_the_app() -> None:
    demo = gr.Interface(fn=greet, inputs="text", outputs="text")
    root = demo.id

    listed = [c["id"] - root for c in demo.config["components"]]

    # forms are created when their column closes, after the textbox they wrap
    assert listed == [3, 4, 5, 1, 6, 7, 8, 9, 10, 2, 11, 12, 13]


def respond(message: str, history: list[dict[str, object]]) -> Iterator[str]:
    text = ""
    for character in f"You said: {message}":
        text += character
        yield text


def test_chat_interface_config_matches_the_capture() -> None:
    demo = gr.ChatInterface(respond, title="echo bot")

    ours = normalized(demo.get_config_file())
    captured = normalized(load_capture("e_chat.config.json"))
    for config in (ours, captured):  # random per app start
        browser_state = next(c for c in config["components"] if c["type"] == "browserstate")
        browser_state["props"]["secret"] = "<random>"
        browser_state["props"]["storage_key"] = "<per app>"

    assert differences(ours, captured) == []


def test_chat_interface_public_endpoint_is_named_after_the_function() -> None:
    demo = gr.ChatInterface(respond)

    public = [fn.api_name for fn in demo.fns if fn.api_visibility == "public"]

    assert public == ["respond"]


def reply(message: str, history: list[dict[str, object]]) -> str:
    return message


def without_random_parts(config: dict[str, Any]) -> dict[str, Any]:
    shifted = normalized(config)
    for component in shifted["components"]:
        if component["type"] == "browserstate":
            component["props"]["secret"] = "<random>"
            component["props"]["storage_key"] = "<per app>"
    return {k: shifted[k] for k in ("mode", "components", "dependencies", "layout", "page")}


def test_chat_interface_with_examples_matches_gradio() -> None:
    demo = gr.ChatInterface(reply, examples=["hello", "bye"])

    recorded = load_fixture("gradio_6_31_chat_examples")
    assert differences(without_random_parts(demo.config), without_random_parts(recorded)) == []


def test_chat_interface_with_additional_inputs_and_examples_matches_gradio() -> None:
    def reply(message: str, history: list[dict[str, object]], tone: str) -> str:  # the api name
        return f"{tone}: {message}"

    demo = gr.ChatInterface(
        reply,
        additional_inputs=[gr.Textbox(label="tone")],
        examples=[["hi", "calm"]],
        description="desc",
    )

    recorded = load_fixture("gradio_6_31_chat_extras")
    assert differences(without_random_parts(demo.config), without_random_parts(recorded)) == []
