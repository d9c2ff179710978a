"""The app's own css, head and js, given to launch() as in Gradio 6."""

from __future__ import annotations

import gradio as gr

CSS = "#framed { outline: 3px solid rgb(255, 0, 0); }"
HEAD = '<meta name="radiogram-test" content="from head">'
JS = "() => { document.body.dataset.customJs = 'ran'; }"

with gr.Blocks() as demo:
    gr.Textbox(label="Framed", elem_id="framed")

if __name__ == "__main__":
    demo.launch(css=CSS, head=HEAD, js=JS)
