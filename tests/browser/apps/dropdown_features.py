"""gr.Dropdown in the browser: single, multiselect, custom values, tuples, key_up."""

from __future__ import annotations

import gradio as gr


def received(value: object) -> str:
    """What the server got: the Python type and repr, so tests can check both."""
    return f"{type(value).__name__}: {value!r}"


def selected(event: gr.SelectData) -> str:
    return f"select {event.index!r} {event.value!r} {event.selected!r}"


def key_up(event: gr.KeyUpData) -> str:
    return f"key_up {event.key!r} {event.input_value!r}"


with gr.Blocks() as demo:
    fruit = gr.Dropdown(
        ["apple", ("Blue berry", "blueberry"), "cherry"],
        value="apple",
        label="Fruit",
        info="Pick or type",
        elem_id="fruit",
    )
    colours = gr.Dropdown(
        ["red", "green", "blue"],
        value=["red"],
        multiselect=True,
        max_choices=2,
        label="Colours",
        elem_id="colours",
    )
    city = gr.Dropdown(["Paris", "Rome"], allow_custom_value=True, label="City", elem_id="city")
    number = gr.Dropdown([1, 2, 3], value=1, type="index", label="Number", elem_id="number")
    gr.Dropdown(["x", "y"], value="y", label="Fixed", interactive=False, elem_id="fixed")
    out = gr.Textbox(label="Received", elem_id="out")
    events = gr.Textbox(label="Events", elem_id="events")

    fruit.change(received, fruit, out)
    fruit.select(selected, None, events)
    colours.change(received, colours, out)
    colours.select(selected, None, events)
    city.change(received, city, out)
    city.key_up(key_up, None, events)
    number.input(received, number, out)

if __name__ == "__main__":
    demo.launch()
