"""gr.Textbox in the browser: every input kind, Enter and button submits, events, static modes."""

from __future__ import annotations

import gradio as gr


def received(value: object) -> str:
    """What the server got: the Python type and repr, so tests can check both."""
    return f"{type(value).__name__}: {value!r}"


def selected(event: gr.SelectData) -> str:
    return f"select {event.index} {event.value!r}"


def copied(event: gr.CopyData) -> str:
    return f"copy {event.value!r}"


with gr.Blocks() as demo:
    name = gr.Textbox(
        label="Name", info="Press Enter to send", placeholder="Your name", elem_id="name"
    )
    notes = gr.Textbox(label="Notes", lines=3, max_lines=6, elem_id="notes")
    secret = gr.Textbox(label="Secret", type="password", submit_btn=True, elem_id="secret")
    email = gr.Textbox(label="E-mail", type="email", elem_id="email")
    short = gr.Textbox(label="Five characters", max_length=5, elem_id="short")
    quote = gr.Textbox("select some of this text", label="Quote", buttons=["copy"], elem_id="quote")
    fixed = gr.Textbox("read only", label="Fixed", interactive=False, elem_id="fixed")
    hebrew = gr.Textbox("שלום", label="RTL", rtl=True, text_align="right", elem_id="hebrew")
    gr.Textbox("invisible", label="Hidden", visible="hidden", elem_id="hidden-box")
    gr.Textbox("no label", label="Unlabelled", show_label=False, container=False, elem_id="bare")
    stopper = gr.Textbox(label="Stoppable", stop_btn="Halt", elem_id="stopper")

    out = gr.Textbox(label="Received", elem_id="out")
    events = gr.Textbox(label="Events", elem_id="events")

    name.submit(received, name, out)
    notes.change(received, notes, out)
    notes.submit(lambda v: "submitted " + received(v), notes, events)
    secret.submit(received, secret, out)
    email.input(received, email, out)
    short.change(received, short, out)
    quote.select(selected, None, events)
    quote.copy(copied, None, events)
    name.focus(lambda: "focus", None, events)
    name.blur(lambda: "blur", None, events)
    stopper.stop(lambda: "stop pressed", None, events)

if __name__ == "__main__":
    demo.launch()
