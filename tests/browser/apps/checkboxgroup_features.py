"""gr.CheckboxGroup in the browser: values, indices, select data, select all, static mode."""

from __future__ import annotations

import gradio as gr


def received(value: object) -> str:
    """What the server got: the Python type and repr, so tests can check both."""
    return f"{type(value).__name__}: {value!r}"


def selected(event: gr.SelectData) -> str:
    return f"select {event.index!r} {event.value!r} {event.selected!r}"


with gr.Blocks() as demo:
    group = gr.CheckboxGroup(
        ["a", "b", "c"], value=["a"], label="group", info="Pick some", elem_id="group"
    )
    as_json = gr.JSON(label="As JSON", elem_id="as_json")
    sizes = gr.CheckboxGroup(
        [("Small", 1), ("Large", 3)], type="index", label="Sizes", elem_id="sizes"
    )
    every = gr.CheckboxGroup(["x", "y", "z"], label="Every", show_select_all=True, elem_id="every")
    gr.CheckboxGroup(["on", "off"], value=["on"], label="Fixed", interactive=False, elem_id="fixed")
    out = gr.Textbox(label="Received", elem_id="out")
    events = gr.Textbox(label="Events", elem_id="events")
    inputs = gr.Number(label="Inputs", value=0, elem_id="inputs")
    set_all = gr.Button("Tick b and c")

    group.change(lambda v: v, group, as_json)
    group.input(lambda n: n + 1, inputs, inputs)
    group.select(selected, None, events)
    sizes.change(received, sizes, out)
    every.change(received, every, out)
    set_all.click(lambda: ["b", "c"], None, group)

if __name__ == "__main__":
    demo.launch()
