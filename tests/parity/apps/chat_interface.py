"""ChatInterface with additional inputs and examples."""

import gradio as gr


def respond(message: str, history: list[dict[str, str]], system_prompt: str, tokens: float) -> str:
    reply = f"{system_prompt}: {message} ({len(history)} earlier, {int(tokens)} tokens)"
    return reply


demo = gr.ChatInterface(
    respond,
    additional_inputs=[
        gr.Textbox("You are helpful", label="System Prompt"),
        gr.Slider(10, 100, value=50, step=10, label="Tokens"),
    ],
    examples=[["hello", "Be brief", 20], ["how are you?", "Be kind", 40]],
    title="Echo bot",
)

if __name__ == "__main__":
    demo.launch()
