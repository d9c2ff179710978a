"""Markdown with LaTeX, updated from a textbox."""

import gradio as gr

FORMULA = r"""
# Maths

Inline $e^{i\pi} + 1 = 0$ and a display formula:

$$\int_0^1 x^2\,dx = \frac{1}{3}$$
"""


def render(expr: str) -> str:
    return f"You typed $${expr}$$"


with gr.Blocks() as demo:
    gr.Markdown(
        FORMULA,
        latex_delimiters=[
            {"left": "$$", "right": "$$", "display": True},
            {"left": "$", "right": "$", "display": False},
        ],
    )
    expr = gr.Textbox(label="Expression", value=r"a^2 + b^2")
    shown = gr.Markdown(header_links=True)
    expr.submit(render, expr, shown)

if __name__ == "__main__":
    demo.launch()
