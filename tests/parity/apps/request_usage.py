"""gr.Request: read the query string, the session and the headers of the caller."""

import gradio as gr


def who(text: str, request: gr.Request) -> str:
    agent = "agent" if request.headers.get("user-agent") else "no agent"
    session = "session" if request.session_hash else "no session"
    return f"{text} | {agent} | {session} | {dict(request.query_params)}"


def host(request: gr.Request) -> str:
    return str(request.client.host) if request.client else "unknown"


with gr.Blocks() as demo:
    text = gr.Textbox(label="Text")
    out = gr.Textbox(label="Out")
    text.submit(who, text, out)
    gr.Button("Host").click(host, None, out)

if __name__ == "__main__":
    demo.launch()
