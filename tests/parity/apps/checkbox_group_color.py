"""CheckboxGroup feeding JSON (values and indices) and ColorPicker feeding HTML."""

import gradio as gr


def ticked(values: list[str]) -> list[str]:
    return values


def positions(indices: list[int]) -> dict[str, list[int]]:
    return {"indices": indices}


def swatch(color: str) -> str:
    return f"<div style='background:{color}'>{color}</div>"


def invert(color: str) -> str:
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return f"#{255 - red:02x}{255 - green:02x}{255 - blue:02x}"


with gr.Blocks() as demo:
    group = gr.CheckboxGroup(["a", "b", "c"], value=["a"], label="group", info="Pick some")
    shown = gr.JSON(label="Ticked")
    sizes = gr.CheckboxGroup(
        [("Small", 1), ("Large", 3)], type="index", label="Sizes", show_select_all=True
    )
    where = gr.JSON(label="Positions")
    gr.CheckboxGroup(["on", "off"], value="on", interactive=False, elem_id="fixed")
    color = gr.ColorPicker(value="#ff0000", label="color")
    html = gr.HTML()
    opposite = gr.ColorPicker(label="Opposite", info="The inverse colour")

    group.change(ticked, group, shown)
    group.input(ticked, group, shown, api_name="ticked_input")
    sizes.select(positions, sizes, where)
    color.change(swatch, color, html)
    color.submit(invert, color, opposite)

if __name__ == "__main__":
    demo.launch()
