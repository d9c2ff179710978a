"""Raw HTML inside chat messages and Markdown: allowed tags render, dangerous parts go."""

from __future__ import annotations

import gradio as gr

MESSAGE = (
    'Some <b id="bold">bold</b>, <span id="red" style="color: red">red</span>, '
    '<details id="more"><summary>More</summary>Hidden text</details> '
    '<img id="evil" src="x" onerror="window.pwned = 1"> '
    '<a id="js-link" href="javascript:window.pwned = 2">link</a> '
    "<script>window.pwned = 3</script>"
)

with gr.Blocks() as demo:
    gr.Chatbot([{"role": "assistant", "content": MESSAGE}], label="Chat", elem_id="chat")
    gr.Markdown(MESSAGE, elem_id="safe-md")
    gr.Markdown('<b id="kept" onmouseover="void 0">raw</b>', sanitize_html=False, elem_id="raw-md")

if __name__ == "__main__":
    demo.launch()
