"""gr.HTML as output and as static content."""

import gradio as gr


def card(name: str) -> str:
    return f"<div class='card'><h2>{name}</h2><p>Welcome aboard.</p></div>"


with gr.Blocks(css=".card { border: 1px solid #ccc; padding: 8px; }") as demo:
    gr.HTML("<h1 id='banner'>Static banner</h1>")
    name = gr.Textbox(label="Name")
    shown = gr.HTML(label="Card", show_label=True)
    name.submit(card, name, shown)

if __name__ == "__main__":
    demo.launch()
