"""gr.Markdown in the browser: sanitising, LaTeX, code, header links, updates from Python."""

from __future__ import annotations

import gradio as gr

ATTACK = """
<script>window.pwned_script = 1</script>
<img id="evil" src="x" onerror="window.pwned_img = 1">
<a id="js-link" href="javascript:window.pwned_link = 1">click me</a>
<b id="kept">bold survives</b>
"""

MATH = "Euler: $$e^{i\\pi} + 1 = 0$$ and inline \\(a^2\\)"

CODE = """
```python
def greet(name):
    return "Hello " + name
```
"""

with gr.Blocks() as demo:
    gr.Markdown(ATTACK, elem_id="attack")
    gr.Markdown(
        MATH,
        latex_delimiters=[
            {"left": "$$", "right": "$$", "display": True},
            {"left": "\\(", "right": "\\)", "display": False},
        ],
        elem_id="math",
    )
    gr.Markdown(CODE, elem_id="code")
    gr.Markdown("# Intro\n\n## Usage\n\ntext", header_links=True, elem_id="headers")
    gr.Markdown("first\nsecond", line_breaks=True, elem_id="breaks")
    gr.Markdown("مرحبا **بالعالم**", rtl=True, elem_id="rtl")
    gr.Markdown("copy *me*", buttons=["copy"], elem_id="copyable")
    live = gr.Markdown("before", elem_id="live")
    text = gr.Textbox(label="Markdown source", elem_id="source")
    text.submit(lambda s: s, text, live)

if __name__ == "__main__":
    demo.launch()
