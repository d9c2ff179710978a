"""State in Blocks: a per-session counter and a list of items."""

import gradio as gr


def increment(count: int) -> tuple[int, str]:
    count += 1
    return count, f"Clicked {count} times"


def add_item(item: str, items: list[str]) -> tuple[list[str], str]:
    items = [*items, item]
    return items, ", ".join(items)


with gr.Blocks() as demo:
    count = gr.State(0)
    items = gr.State([])
    label = gr.Textbox(label="Count")
    button = gr.Button("Increment")
    button.click(increment, count, [count, label])
    item = gr.Textbox(label="Item")
    listing = gr.Textbox(label="Items")
    item.submit(add_item, [item, items], [items, listing])

if __name__ == "__main__":
    demo.launch()
