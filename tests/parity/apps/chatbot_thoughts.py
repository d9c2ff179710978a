"""Chatbot with gr.ChatMessage metadata: a tool call shown as a thought."""

from typing import Any

import gradio as gr


def answer(message: str, history: list[Any]) -> tuple[str, list[Any]]:
    history = [*history, gr.ChatMessage(role="user", content=message)]
    history.append(
        gr.ChatMessage(
            role="assistant",
            content="Looking up the weather...",
            metadata={"title": "🛠️ Used tool Weather", "status": "done"},
        )
    )
    history.append(gr.ChatMessage(role="assistant", content=f"It is sunny in {message}."))
    return "", history


with gr.Blocks() as demo:
    chatbot = gr.Chatbot(label="Agent", height=300)
    msg = gr.Textbox(label="City")
    msg.submit(answer, [msg, chatbot], [msg, chatbot])
    gr.ClearButton([msg, chatbot])

if __name__ == "__main__":
    demo.launch()
