"""Events: updates of visible/label/interactive, a js-only listener, Blocks.load, a Timer."""

from __future__ import annotations

import gradio as gr


def reveal() -> tuple[dict[str, object], dict[str, object]]:
    return gr.update(visible=True, label="Revealed"), gr.update(interactive=False)


with gr.Blocks() as demo:
    secret = gr.Textbox(label="Secret", value="shh", visible=False)
    editable = gr.Textbox(label="Editable", value="edit me", interactive=True)
    reveal_button = gr.Button("Reveal")
    reveal_button.click(reveal, None, [secret, editable])
    mirror_in = gr.Textbox(label="Mirror in", value="abc")
    mirror_out = gr.Textbox(label="Mirror out")
    gr.Button("Mirror").click(
        None, mirror_in, mirror_out, js="(x) => x.split('').reverse().join('')"
    )
    loaded = gr.Textbox(label="Loaded")
    demo.load(lambda: "loaded at start", None, loaded)
    ticks = gr.Number(label="Ticks", value=0)
    timer = gr.Timer(0.3)
    timer.tick(lambda n: (n or 0) + 1, ticks, ticks)

if __name__ == "__main__":
    demo.launch()
