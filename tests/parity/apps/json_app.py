"""JSON output built from several inputs."""

import gradio as gr


def profile(name: str, age: float, likes: list[str]) -> dict[str, object]:
    return {"name": name, "age": age, "likes": likes, "adult": age >= 18, "none": None}


demo = gr.Interface(
    profile,
    [
        gr.Textbox(label="Name"),
        gr.Number(label="Age"),
        gr.Dropdown(["tea", "cake"], multiselect=True),
    ],
    gr.JSON(label="Profile", open=True),
)

if __name__ == "__main__":
    demo.launch()
